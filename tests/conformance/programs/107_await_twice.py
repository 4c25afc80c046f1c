# Rule: await twice (a learner-style program written to probe the simulator's edges)
import asyncio
async def compute():
    await asyncio.sleep(0.01)
    print("computing once")
    return 7
async def main():
    t = asyncio.create_task(compute(), name="calc")
    print(await t, await t, t.get_name(), t.result())
    c = compute()
    print(await c)
    try:
        await c
    except RuntimeError as e:
        print("RuntimeError:", e)
asyncio.run(main())
