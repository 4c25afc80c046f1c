# Rule: async args errors (a learner-style program written to probe the simulator's edges)
import asyncio
async def job(a, b):
    return a + b
async def main():
    try:
        await job(1)
    except TypeError as e:
        print("TypeError:", e)
    try:
        await asyncio.sleep()
    except TypeError as e:
        print("TypeError:", e)
    try:
        await asyncio.gather(job(1, 2), 5)
    except TypeError as e:
        print("TypeError:", e)
asyncio.run(main())
