# Rule: exception chain await (a learner-style program written to probe the simulator's edges)
import asyncio
async def level3():
    await asyncio.sleep(0)
    raise KeyError("deep")
async def level2():
    try:
        await level3()
    except KeyError as e:
        raise ValueError("converted") from e
async def main():
    try:
        await level2()
    except ValueError as e:
        print(repr(e), repr(e.__cause__), e.__context__ is e.__cause__)
    t = asyncio.create_task(level3())
    await asyncio.sleep(0.01)
    print(t.done(), repr(t.exception()))
asyncio.run(main())
