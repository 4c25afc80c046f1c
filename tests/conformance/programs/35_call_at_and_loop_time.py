# Rule: call_later(d) is call_at(loop.time() + d); timers fire in deadline order, whichever call made them.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    done = loop.create_future()

    def fired(label):
        print(label, "fired after", f"{loop.time() - t0:.1f}s")
        if label == "at +0.26":
            done.set_result(None)

    loop.call_at(t0 + 0.26, fired, "at +0.26")
    loop.call_later(0.16, fired, "later 0.16")
    loop.call_at(t0 + 0.06, fired, "at +0.06")
    print("loop.time() is a", type(t0).__name__)
    await done
    print("at least 0.26s passed:", loop.time() - t0 >= 0.26)


asyncio.run(main())
