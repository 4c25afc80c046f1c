import asyncio


async def job(n):
    await asyncio.sleep(n / 10)
    if n == 2:
        raise ValueError("job 2 failed")
    print(f"job {n} ok")
    return n * 10


async def main():
    results = await asyncio.gather(job(3), job(2), job(1), return_exceptions=True)
    print(results)
    try:
        await asyncio.gather(job(3), job(2), job(1))
    except ValueError as e:
        print("caught", repr(e))
    await asyncio.sleep(0.2)
    print("main ends")


asyncio.run(main())
