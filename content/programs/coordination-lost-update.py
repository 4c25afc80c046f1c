import asyncio

balance = 0


async def deposit(name, amount):
    global balance
    current = balance
    print(f"{name} read {current}")
    await asyncio.sleep(0.1)
    balance = current + amount
    print(f"{name} wrote {balance}")


async def main():
    await asyncio.gather(deposit("A", 10), deposit("B", 10), deposit("C", 10))
    print("final balance:", balance)


asyncio.run(main())
