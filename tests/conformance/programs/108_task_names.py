# Rule: task names (a learner-style program written to probe the simulator's edges)
import asyncio
async def who():
    t = asyncio.current_task()
    print("I am", t.get_name())
async def main():
    print(asyncio.current_task().get_name())
    ts = [asyncio.create_task(who()) for _ in range(3)]
    ts.append(asyncio.create_task(who(), name="custom"))
    await asyncio.gather(*ts)
    await asyncio.gather(who(), who())
    t = asyncio.create_task(who())
    t.set_name("renamed")
    await t
    print(repr(t.get_name()))
asyncio.run(main())
asyncio.run(main())
