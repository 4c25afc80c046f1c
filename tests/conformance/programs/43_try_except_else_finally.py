# Rule: exceptions travel through await like through calls; except, else and finally run in Python's order.
import asyncio


async def risky(n):
    await asyncio.sleep(0)
    if n < 0:
        raise ValueError(f"negative: {n}")
    return n * 10


async def attempt(n):
    try:
        value = await risky(n)
    except ValueError as e:
        print("except:", e)
        return "failed"
    else:
        print("else: value", value)
        return "ok"
    finally:
        print("finally for", n)


async def main():
    print(await attempt(3))
    print(await attempt(-2))
    try:
        try:
            await risky(-1)
        finally:
            print("inner finally")
    except Exception as e:
        print("outer caught", type(e).__name__)


asyncio.run(main())
