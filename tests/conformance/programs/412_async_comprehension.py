# Rule: async comprehensions ([x async for x in agen()], with conditions, dict and set forms) drive the async generator through the loop like async for.
import asyncio


async def agen(n):
    for i in range(n):
        await asyncio.sleep(0)
        print("agen yields", i)
        yield i


async def background():
    for i in range(3):
        print("background", i)
        await asyncio.sleep(0)


async def main():
    t = asyncio.create_task(background())
    evens = [x async for x in agen(5) if x % 2 == 0]
    print("evens:", evens)
    print({x: x * x async for x in agen(2)})
    print(sorted({x % 2 async for x in agen(3)}))
    print([await asyncio.sleep(0, x * 10) async for x in agen(2)])
    await t


asyncio.run(main())
