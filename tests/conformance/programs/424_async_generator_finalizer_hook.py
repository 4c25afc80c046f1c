# Rule: an async generator freed while suspended (async for over a temporary, left with break) is closed by the loop's finalizer hook: aclose() runs in a new task created from a call_soon_threadsafe callback, so its finally prints a few turns later and the task takes a Task-N name.
import asyncio
async def ticker(name):
    try:
        for i in range(5):
            await asyncio.sleep(0)
            yield i
    finally:
        print("cleanup", name)
        await asyncio.sleep(0)
        print("cleanup done", name)
async def other():
    for i in range(6):
        print("other", i)
        await asyncio.sleep(0)
async def main():
    t = asyncio.create_task(other())
    async for x in ticker("temp"):
        print("temp got", x)
        break
    print("after break")
    await asyncio.sleep(0)
    print("main mid", asyncio.current_task().get_name())
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    t2 = asyncio.create_task(other())
    print("new task", t2.get_name())
    await t
    await t2
    print("main end")
asyncio.run(main())
print("after run")
