# Rule: loop.call_at runs a callback at an absolute loop.time(); all_tasks() holds the tasks not yet done (the running one too), and all_tasks(loop) names the loop explicitly.
import asyncio


def ring(loop, when, label):
    print(label, "not early:", loop.time() >= when)


async def sleeper(d):
    await asyncio.sleep(d)


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    loop.call_at(start + 0.16, ring, loop, start + 0.16, "second")
    loop.call_at(start + 0.06, ring, loop, start + 0.06, "first")
    h = loop.call_at(start + 0.08, ring, loop, start + 0.08, "never")
    print(type(h).__name__, h.when() == start + 0.08)
    h.cancel()
    print(len(asyncio.all_tasks()), asyncio.current_task() in asyncio.all_tasks())
    tasks = [asyncio.create_task(sleeper(0.05 * i), name=f"s{i}") for i in range(3)]
    print(len(asyncio.all_tasks(loop)), sorted(t.get_name() for t in asyncio.all_tasks() if t is not asyncio.current_task()))
    await asyncio.sleep(0.025)
    print(sorted(t.get_name() for t in asyncio.all_tasks(loop)))
    await asyncio.gather(*tasks)
    print(asyncio.all_tasks() == {asyncio.current_task()})
    await asyncio.sleep(0.1)


asyncio.run(main())
