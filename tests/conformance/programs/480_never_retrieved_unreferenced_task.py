# Rule: a task nobody holds is freed right after its failing step, and its finaliser logs "Task exception was never retrieved" then, before later errors the loop logs.
import asyncio


async def boom():
    print("boom runs")
    raise ValueError("lost")


def bad_callback():
    raise RuntimeError("callback failed")


async def main():
    asyncio.create_task(boom())
    print("created")
    await asyncio.sleep(0.01)
    asyncio.get_running_loop().call_soon(bad_callback)
    await asyncio.sleep(0.01)
    print("main done")


asyncio.run(main())
print("after run")
