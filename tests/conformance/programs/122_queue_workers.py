# Rule: queue workers (a learner-style program written to probe the simulator's edges)
import asyncio
async def worker(name, q, results):
    while True:
        job = await q.get()
        await asyncio.sleep(job / 20)
        results.append((name, job))
        q.task_done()
async def main():
    q = asyncio.Queue()
    for j in [5, 1, 2, 1, 4]:
        q.put_nowait(j)
    results = []
    workers = [asyncio.create_task(worker(f"w{i}", q, results)) for i in range(2)]
    await q.join()
    print(results)
    for w in workers:
        w.cancel()
    r = await asyncio.gather(*workers, return_exceptions=True)
    print([type(x).__name__ for x in r])
asyncio.run(main())
