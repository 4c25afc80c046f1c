# Rule: a failed task held by a local of main is freed when main's frame finishes, so its "never retrieved" message comes after errors logged while main still ran.
import asyncio


async def boom():
    print("boom runs")
    raise ValueError("kept in a local")


def bad_callback():
    raise RuntimeError("callback failed")


async def main():
    t = asyncio.create_task(boom())
    await asyncio.sleep(0.01)
    print("failed:", t.done())
    asyncio.get_running_loop().call_soon(bad_callback)
    await asyncio.sleep(0.01)
    print("main done")


asyncio.run(main())
print("after run")
