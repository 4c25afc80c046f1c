# Rule: gather wraps plain coroutines into new tasks in argument order; tasks passed in are used as they are.
import asyncio


async def report(label):
    print(label, "runs in", asyncio.current_task().get_name())
    await asyncio.sleep(0)
    return label


async def main():
    early = asyncio.create_task(report("early task"))
    results = await asyncio.gather(report("coro one"), early, report("coro two"))
    print(results)


asyncio.run(main())
