# Rule: calling an async def function only creates a coroutine object; its body does not run.
import asyncio


async def greet(name):
    print("greet body runs for", name)
    return "hi " + name


async def main():
    c = greet("never")
    print("called greet, got a", type(c).__name__)
    c.close()
    print("closed it without running it")
    other = greet("ada")
    print("awaiting a second one")
    value = await other
    print("value:", value)


asyncio.run(main())
