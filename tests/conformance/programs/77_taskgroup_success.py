# Rule: async with TaskGroup waits for every task created in it; tasks start after the body suspends.
import asyncio


async def cook(dish, seconds):
    print("start", dish)
    await asyncio.sleep(seconds)
    print("ready", dish)
    return dish


async def main():
    async with asyncio.TaskGroup() as tg:
        bread = tg.create_task(cook("bread", 0.03))
        soup = tg.create_task(cook("soup", 0.1))
        print("body done; the group now waits")
    print("after the group:", soup.result(), bread.result())


asyncio.run(main())
