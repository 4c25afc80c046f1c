# Rule: run_in_executor(None, fn, *args) runs fn in the default thread pool and the await returns its result.
import asyncio
import time


def add_slowly(a, b):
    time.sleep(0.05)
    return a + b


def shout(word, times):
    return (word.upper() + "!") * times


async def main():
    loop = asyncio.get_running_loop()
    total = await loop.run_in_executor(None, add_slowly, 2, 3)
    print("add_slowly ->", total)
    text = await loop.run_in_executor(None, shout, "hey", 2)
    print("shout ->", text)
    nothing = await loop.run_in_executor(None, time.sleep, 0.01)
    print("time.sleep returned", nothing)


asyncio.run(main())
