# Probe: a Task has no attribute 'then' (it is not a JavaScript promise).
import asyncio

async def work():
    return 1

async def main():
    t = asyncio.create_task(work())
    print(hasattr(t, 'then'), hasattr(t, 'result'))
    print(await t)

asyncio.run(main())
