# Rule: as_completed up to 3.12 is a generator (no task exists until iteration starts); from 3.13 the call itself wraps the coroutines in tasks.
import asyncio


async def job(name, delay):
    print(name, "starts")
    await asyncio.sleep(delay)
    print(name, "ends")
    return name


async def main():
    it = asyncio.as_completed([job("only", 0.05)])
    print("as_completed returned; tasks now:", len(asyncio.all_tasks()))
    await asyncio.sleep(0)
    print("one turn later; tasks now:", len(asyncio.all_tasks()))
    for next_done in it:
        print("got", await next_done)
    try:
        asyncio.as_completed(job("not an iterable", 0))
        print("no error yet")
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
