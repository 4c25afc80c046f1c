# Rule: all_tasks() is a set: iterating it visits tasks in an order that follows memory addresses, so what a loop over it prints (or cancels) races.
# conformance: racy runs=6
import asyncio


async def idle(name):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("cancelled", name)


async def main():
    for i in range(3):
        asyncio.create_task(idle(f"t{i}"), name=f"t{i}")
    await asyncio.sleep(0)
    me = asyncio.current_task()
    for task in asyncio.all_tasks():
        if task is not me:
            print("cancelling", task.get_name())
            task.cancel()
    await asyncio.sleep(0)
    print("left:", len(asyncio.all_tasks()))


asyncio.run(main())
