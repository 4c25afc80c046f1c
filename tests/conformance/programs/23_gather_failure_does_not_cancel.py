# Rule: when one gather child fails, gather raises at once but does not cancel the other children.
import asyncio


async def steady():
    for i in range(3):
        await asyncio.sleep(0.1)
        print("steady tick", i)
    return "steady finished"


async def broken():
    await asyncio.sleep(0.15)
    print("broken raises")
    raise KeyError("lost")


async def main():
    keeper = asyncio.create_task(steady())
    try:
        await asyncio.gather(keeper, broken())
    except KeyError as e:
        print("gather raised", repr(e))
    print("keeper done?", keeper.done())
    print(await keeper)


asyncio.run(main())
