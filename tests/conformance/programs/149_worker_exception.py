# Rule: worker exception (a learner-style program written to probe the simulator's edges)
import asyncio
def bad(x):
    return 10 / x
async def main():
    loop = asyncio.get_running_loop()
    try:
        await loop.run_in_executor(None, bad, 0)
    except ZeroDivisionError as e:
        print("caught", e)
    print(await asyncio.to_thread(bad, 4))
    await asyncio.to_thread(bad, 0)
asyncio.run(main())
