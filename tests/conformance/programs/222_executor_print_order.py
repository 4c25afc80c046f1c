# Rule: executor print order (a learner-style program written to probe the simulator's edges)
import asyncio
import time
def slow(name, d):
    time.sleep(d)
    return name
async def main():
    loop = asyncio.get_running_loop()
    futs = [loop.run_in_executor(None, slow, n, d) for n, d in [("c", 0.26), ("a", 0.06), ("b", 0.16)]]
    for f in asyncio.as_completed(futs):
        print(await f)
asyncio.run(main())
