# Rule: asyncio.run refuses to start while a loop is already running in the thread (RuntimeError).
import asyncio


async def inner():
    return "inner ran"


async def main():
    c = inner()
    try:
        asyncio.run(c)
    except RuntimeError as e:
        print("RuntimeError:", e)
    print(await c)


asyncio.run(main())
