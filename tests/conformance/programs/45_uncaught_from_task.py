# Rule: a task's exception re-raised through await escapes asyncio.run and exits with status 1.
import asyncio


async def lookup(table, key):
    await asyncio.sleep(0.01)
    return table[key]


async def main():
    table = {"a": 1}
    t = asyncio.create_task(lookup(table, "a"))
    print("found", await t)
    t2 = asyncio.create_task(lookup(table, "missing"))
    print("looking up a missing key")
    await t2


asyncio.run(main())
