# Rule: Semaphore(2) lets two tasks in at once; the others enter in FIFO order as slots free up.
import asyncio


async def download(name, turns, sem):
    async with sem:
        print(name, "in; locked() =", sem.locked())
        for _ in range(turns):
            await asyncio.sleep(0)
        print(name, "out")


async def main():
    sem = asyncio.Semaphore(2)
    await asyncio.gather(
        download("d0", 1, sem),
        download("d1", 4, sem),
        download("d2", 1, sem),
        download("d3", 2, sem),
        download("d4", 1, sem),
    )
    print("locked() at the end:", sem.locked())


asyncio.run(main())
