# Rule: asyncio.run closes async generators that are still suspended when main returns (loop.shutdown_asyncgens), after cancelling leftover tasks: their finally blocks run then, and may await.
import asyncio

stream = None


async def numbers():
    try:
        i = 0
        while True:
            yield i
            i += 1
    finally:
        print("numbers: finally begins")
        await asyncio.sleep(0)
        print("numbers: finally ends")


async def main():
    global stream
    stream = numbers()
    print(await anext(stream))
    print(await anext(stream))
    print("main returns with the generator suspended")


asyncio.run(main())
print("after asyncio.run")
