# Rule: R1, the loop runs a snapshot of the ready queue; call_soon made during an iteration runs in the next one.
import asyncio


async def main():
    loop = asyncio.get_running_loop()

    def outer(name):
        print("outer", name)
        loop.call_soon(print, "inner scheduled by", name)

    loop.call_soon(outer, "p")
    loop.call_soon(outer, "q")
    loop.call_soon(print, "plain r")
    await asyncio.sleep(0)
    print("main resumes")
    await asyncio.sleep(0)
    print("main resumes again")


asyncio.run(main())
