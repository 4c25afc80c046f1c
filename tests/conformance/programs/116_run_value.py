# Rule: run value (a learner-style program written to probe the simulator's edges)
import asyncio
async def main():
    return {"answer": 42}
r = asyncio.run(main())
print(r, type(r).__name__)
print(asyncio.run(asyncio.sleep(0.01, "slept")))
