# Rule: asyncio.run cancels several leftover tasks in set order, which is not creation order and not stable.
# conformance: racy runs=8
import asyncio


async def idle(name):
    try:
        await asyncio.sleep(10)
    finally:
        print(name, "cancelled at shutdown")


async def main():
    for name in ["red", "green", "blue", "amber"]:
        asyncio.create_task(idle(name))
    await asyncio.sleep(0)
    print("main returns")


asyncio.run(main())
print("shutdown complete")
