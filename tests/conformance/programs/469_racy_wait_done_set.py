# Rule: wait() returns sets: iterating the done set visits tasks in an order that follows memory addresses, not creation or completion order.
# conformance: racy runs=6
import asyncio


async def job(name, delay):
    await asyncio.sleep(delay)
    return name


async def main():
    tasks = [asyncio.create_task(job(n, 0.01)) for n in ("a", "b", "c", "d")]
    done, pending = await asyncio.wait(tasks)
    print(len(done), len(pending))
    for t in done:
        print("result", t.result())
    print("sorted:", sorted(t.result() for t in done))


asyncio.run(main())
