# Rule: fetch sim (a learner-style program written to probe the simulator's edges)
import asyncio
import time
async def fetch(url, delay):
    print(f"start {url}")
    await asyncio.sleep(delay)
    print(f"done  {url}")
    return {"url": url, "size": len(url) * 100}
async def main():
    start = time.time()
    urls = {"a.com": 0.16, "bb.org": 0.06, "ccc.net": 0.11}
    tasks = [asyncio.create_task(fetch(u, d)) for u, d in urls.items()]
    results = await asyncio.gather(*tasks)
    for r in results:
        print(f"{r['url']:>10}: {r['size']:>5,} bytes")
    print(f"total {time.time() - start:.1f}s")
asyncio.run(main())
