# Rule: get_event_loop() inside coroutines run by run_until_complete gives the current loop; its executor works the same way.
import asyncio
import time


def compute(x):
    time.sleep(0.05)
    return x * 3


async def worker(x):
    loop = asyncio.get_event_loop()
    print("worker", x, "submits")
    value = await loop.run_in_executor(None, compute, x)
    print("worker", x, "got", value)
    return value


loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
print(loop.run_until_complete(worker(5)))
print(loop.run_until_complete(worker(7)))
loop.close()
print("closed:", loop.is_closed())
