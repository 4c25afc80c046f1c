# Rule: exception group nested (a learner-style program written to probe the simulator's edges)
import asyncio
async def fail():
    raise ValueError("inner")
async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail())
    except ExceptionGroup as eg:
        print(repr(eg))
        print(str(eg), eg.exceptions)
        e = eg.exceptions[0]
        print(type(e).__name__, e)
asyncio.run(main())
