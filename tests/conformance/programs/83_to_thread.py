# Rule: asyncio.to_thread runs a blocking function on the default pool; the loop keeps running meanwhile.
import asyncio
import time


def blocking_read(name):
    time.sleep(0.15)
    return f"contents of {name}"


async def heartbeat():
    for i in range(3):
        print("heartbeat", i)
        await asyncio.sleep(0.06)


async def main():
    data, _ = await asyncio.gather(asyncio.to_thread(blocking_read, "a.txt"), heartbeat())
    print(data)


asyncio.run(main())
