# Rule: run non coroutine (a learner-style program written to probe the simulator's edges)
import asyncio
async def main():
    return 1
try:
    asyncio.run(5)
except ValueError as e:
    print("ValueError:", e)
try:
    asyncio.run(None)
except ValueError as e:
    print("ValueError:", e)
print(asyncio.run(main()))
