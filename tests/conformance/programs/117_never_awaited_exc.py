# Rule: never awaited exc (a learner-style program written to probe the simulator's edges)
import asyncio
async def boom():
    raise ValueError("nobody awaits me")
async def main():
    asyncio.create_task(boom())
    await asyncio.sleep(0.01)
    print("main continues")
asyncio.run(main())
print("after run")
