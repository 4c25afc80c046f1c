# Rule: Event.set() wakes every waiter in the order it started waiting; wait() on a set event does not suspend.
import asyncio


async def waiter(name, ev):
    print(name, "waits")
    await ev.wait()
    print(name, "released")


async def main():
    ev = asyncio.Event()
    tasks = [asyncio.create_task(waiter(n, ev)) for n in ["w1", "w2", "w3"]]
    await asyncio.sleep(0.01)
    print("setting the event; is_set:", ev.is_set())
    ev.set()
    print("is_set:", ev.is_set())
    await asyncio.gather(*tasks)
    await ev.wait()
    print("waiting on a set event returned at once")
    ev.clear()
    print("after clear:", ev.is_set())


asyncio.run(main())
