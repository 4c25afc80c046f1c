# Rule: timeout reschedule (a learner-style program written to probe the simulator's edges)
import asyncio
async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(None) as cm:
            print("when:", cm.when())
            cm.reschedule(loop.time() + 0.02)
            await asyncio.sleep(1)
    except TimeoutError:
        print("rescheduled timeout fired", cm.expired())
    async with asyncio.timeout_at(loop.time() + 1):
        await asyncio.sleep(0.01)
    print("ok")
asyncio.run(main())
