# Rule: await non awaitable (a learner-style program written to probe the simulator's edges)
import asyncio
async def main():
    try:
        await 5
    except TypeError as e:
        print("TypeError:", e)
    try:
        await [1]
    except TypeError as e:
        print("TypeError:", e)
    def plain():
        return 1
    try:
        await plain()
    except TypeError as e:
        print("TypeError:", e)
asyncio.run(main())
