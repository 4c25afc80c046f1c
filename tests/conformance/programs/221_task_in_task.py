# Rule: task in task (a learner-style program written to probe the simulator's edges)
import asyncio
async def grandchild():
    print("grandchild", asyncio.current_task().get_name())
    return "g"
async def child():
    t = asyncio.create_task(grandchild())
    print("child", asyncio.current_task().get_name())
    return await t
async def main():
    ts = [asyncio.create_task(child()) for _ in range(2)]
    print(await asyncio.gather(*ts))
asyncio.run(main())
