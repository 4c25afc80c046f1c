# Rule: a seeded random delay per task gives the same wake-up order in CPython and the simulator.
import asyncio
import random
import time

random.seed(11)


async def fetch(name):
    delay = random.randint(1, 5) * 0.05
    print(f"{name} waits {delay:.2f}")
    await asyncio.sleep(delay)
    return name, delay


async def main():
    start = time.perf_counter()
    done = []
    tasks = [asyncio.create_task(fetch(f"job-{i}")) for i in range(6)]
    for coro in asyncio.as_completed(tasks):
        name, delay = await coro
        done.append(name)
    print("finished in order:", done)
    print(f"took {time.perf_counter() - start:.1f}")
    print(random.choice(done), random.sample(done, 2))


asyncio.run(main())
