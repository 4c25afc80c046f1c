# Rule: call_soon callbacks run first-in first-out, with the arguments given, once the caller yields.
import asyncio


def show(*parts):
    print("callback:", *parts)


async def main():
    loop = asyncio.get_running_loop()
    for i in range(3):
        loop.call_soon(show, "number", i)
    loop.call_soon(show)
    loop.call_soon(print, "a", "b", "c")
    print("main has queued five callbacks")
    await asyncio.sleep(0)
    print("main resumes after them")


asyncio.run(main())
