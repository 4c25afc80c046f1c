# Rule: as completed (a learner-style program written to probe the simulator's edges)
import asyncio
async def job(n, d):
    await asyncio.sleep(d)
    return n
async def main():
    tasks = [asyncio.create_task(job(n, d)) for n, d in [("c", 0.03), ("a", 0.01), ("b", 0.02)]]
    for fut in asyncio.as_completed(tasks):
        print(await fut)
    try:
        for fut in asyncio.as_completed([job("slow", 0.2)], timeout=0.02):
            await fut
    except asyncio.TimeoutError:
        print("as_completed timeout")
asyncio.run(main())
