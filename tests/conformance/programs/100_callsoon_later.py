# Rule: callsoon later (a learner-style program written to probe the simulator's edges)
import asyncio
async def main():
    loop = asyncio.get_running_loop()
    log = []
    loop.call_later(0.02, log.append, "later-0.02-a")
    loop.call_soon(log.append, "soon-1")
    loop.call_later(0, log.append, "later-0")
    loop.call_later(0.02, log.append, "later-0.02-b")
    loop.call_soon(log.append, "soon-2")
    t = loop.time()
    loop.call_at(t + 0.01, log.append, "at+0.01")
    loop.call_later(-1, log.append, "later-neg")
    await asyncio.sleep(0)
    print(log)
    await asyncio.sleep(0.05)
    print(log)
asyncio.run(main())
