# Rule: if main raises, asyncio.run first cancels the leftover task (its finally prints), then re-raises.
import asyncio


async def helper():
    try:
        await asyncio.sleep(10)
    finally:
        print("helper: finally during shutdown")


async def main():
    asyncio.create_task(helper())
    await asyncio.sleep(0.01)
    print("main: raising")
    raise RuntimeError("main failed")


try:
    asyncio.run(main())
except RuntimeError as e:
    print("asyncio.run raised", repr(e))
asyncio.run(main())
