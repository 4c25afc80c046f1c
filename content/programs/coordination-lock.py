import asyncio

balance = 0


async def deposit(name, amount, lock):
    global balance
    async with lock:
        current = balance
        print(f"{name} read {current}")
        await asyncio.sleep(0.1)
        balance = current + amount
        print(f"{name} wrote {balance}")


async def main():
    lock = asyncio.Lock()
    await asyncio.gather(deposit("A", 10, lock), deposit("B", 10, lock), deposit("C", 10, lock))
    print("final balance:", balance)


asyncio.run(main())
