# Rule: gather without return_exceptions fails on the first error; a second child that fails later has its exception retrieved by gather's callback, so nothing is logged.
import asyncio


async def fail(n, delay):
    await asyncio.sleep(delay)
    print("fail", n)
    raise ValueError(n)


async def main():
    try:
        await asyncio.gather(fail(1, 0.01), fail(2, 0.05))
    except ValueError as e:
        print("caught", repr(e))
    await asyncio.sleep(0.1)
    print("main done")


asyncio.run(main())
print("after run")
