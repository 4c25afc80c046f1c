# Rule: asend(v) resumes an async generator with the yield evaluating to v; athrow raises at the yield; aclose raises GeneratorExit there and runs finally blocks, which may await.
import asyncio


async def echo():
    print("echo started")
    try:
        value = None
        while True:
            try:
                value = yield value
                print("echo received", value)
            except ValueError as e:
                print("echo caught", e)
                value = "after error"
    finally:
        print("echo cleanup begins")
        await asyncio.sleep(0)
        print("echo cleanup ends")


async def main():
    g = echo()
    print(await g.asend(None))
    print(await g.asend("hello"))
    print(await g.athrow(ValueError("oops")))
    print(await g.asend("world"))
    print("aclose returns", await g.aclose())
    print("aclose again returns", await g.aclose())
    try:
        await g.asend("late")
    except StopAsyncIteration:
        print("closed generator: StopAsyncIteration")
    try:
        await echo().asend("too early")
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
