# Rule: a generator expression with async for or await inside is an async generator (even when made in a plain function): making it runs nothing, and async for or an async comprehension drives it through the loop.
import asyncio
async def agen(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i
async def double(x):
    await asyncio.sleep(0)
    return x * 2
def make(src):
    return (x + 1 async for x in src)
async def main():
    g = (x * 10 async for x in agen(3) if x != 1)
    print(type(g).__name__, repr(g)[:40])
    print([v async for v in g])
    h = (await double(x) for x in range(3))
    print(type(h).__name__)
    async for v in h:
        print("h", v)
    print([v async for v in make(agen(2))])
    print([v async for v in (await double(y) async for y in agen(2))])
asyncio.run(main())
