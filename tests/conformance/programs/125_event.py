# Rule: event (a learner-style program written to probe the simulator's edges)
import asyncio
async def waiter(ev, name):
    print(name, "waiting")
    await ev.wait()
    print(name, "released")
async def main():
    ev = asyncio.Event()
    ts = [asyncio.create_task(waiter(ev, f"w{i}")) for i in range(3)]
    await asyncio.sleep(0.01)
    print("setting", ev.is_set())
    ev.set()
    print("set", ev.is_set())
    await asyncio.gather(*ts)
    ev.clear()
    try:
        await asyncio.wait_for(ev.wait(), 0.02)
    except asyncio.TimeoutError:
        print("wait timed out")
    ev.set()
    print(await ev.wait())
asyncio.run(main())
