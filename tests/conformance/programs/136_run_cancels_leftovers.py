# Rule: run cancels leftovers (a learner-style program written to probe the simulator's edges)
import asyncio
async def bg():
    try:
        print("bg start")
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("bg cancelled at shutdown")
        await asyncio.sleep(0)
        print("bg cleanup done")
        raise
    finally:
        print("bg finally")
async def main():
    asyncio.create_task(bg())
    await asyncio.sleep(0.01)
    print("main returns")
    return 3
print(asyncio.run(main()))
