# Rule: wait modes (a learner-style program written to probe the simulator's edges)
import asyncio
async def job(n, d, fail=False):
    await asyncio.sleep(d)
    if fail:
        raise RuntimeError(n)
    return n
async def main():
    ts = [asyncio.create_task(job(f"j{i}", 0.05 * (i + 1)), name=f"j{i}") for i in range(4)]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_COMPLETED)
    print(sorted(t.get_name() for t in done), sorted(t.get_name() for t in pending))
    done, pending = await asyncio.wait(ts, timeout=0.075)
    print(len(done), len(pending))
    ts2 = [asyncio.create_task(job("a", 0.01)), asyncio.create_task(job("b", 0.02, True)), asyncio.create_task(job("c", 0.2))]
    done, pending = await asyncio.wait(ts2, return_when=asyncio.FIRST_EXCEPTION)
    print(len(done), len(pending), sorted(str(t.exception()) for t in done if t.exception()))
    done, pending = await asyncio.wait(ts2)
    print(len(done), len(pending), asyncio.ALL_COMPLETED, asyncio.FIRST_COMPLETED)
asyncio.run(main())
