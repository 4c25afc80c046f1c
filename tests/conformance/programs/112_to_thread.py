# Rule: to thread (a learner-style program written to probe the simulator's edges)
import asyncio
import time
def blocking(name, d):
    time.sleep(d)
    return f"{name} slept {d}"
async def main():
    start = time.perf_counter()
    r = await asyncio.gather(asyncio.to_thread(blocking, "a", 0.16), asyncio.to_thread(blocking, "b", 0.16))
    print(r, f"{time.perf_counter() - start:.1f}")
    start = time.perf_counter()
    time.sleep(0.16)
    print(f"blocking main {time.perf_counter() - start:.1f}")
asyncio.run(main())
