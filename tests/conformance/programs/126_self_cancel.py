# Rule: self cancel (a learner-style program written to probe the simulator's edges)
import asyncio
async def main():
    print("main start")
    asyncio.current_task().cancel()
    await asyncio.sleep(0)
    print("never")
asyncio.run(main())
