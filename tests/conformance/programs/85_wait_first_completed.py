# Rule: wait(return_when=FIRST_COMPLETED) returns (done, pending) sets as soon as one task finishes, and cancels nothing.
import asyncio


async def job(name, delay):
    await asyncio.sleep(delay)
    return name


async def main():
    quick = asyncio.create_task(job("quick", 0.02))
    slow = asyncio.create_task(job("slow", 0.2))
    done, pending = await asyncio.wait([quick, slow], return_when=asyncio.FIRST_COMPLETED)
    print(len(done), len(pending), quick in done, slow in pending)
    print("slow cancelled?", slow.cancelled())
    done, pending = await asyncio.wait([slow])
    print([t.result() for t in done], len(pending))


asyncio.run(main())
