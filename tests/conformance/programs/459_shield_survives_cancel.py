# Rule: shield() gives the caller an outer future: cancelling the caller cancels only that future, the shielded task runs on to its end, and a done argument comes back as it is.
import asyncio


async def save(name):
    print("saving", name)
    await asyncio.sleep(0.05)
    print("saved", name)
    return name.upper()


async def handler(inner):
    try:
        return await asyncio.shield(inner)
    except asyncio.CancelledError:
        print("handler cancelled; inner done?", inner.done())
        raise


async def main():
    inner = asyncio.create_task(save("report"))
    h = asyncio.create_task(handler(inner))
    await asyncio.sleep(0.01)
    h.cancel()
    try:
        await h
    except asyncio.CancelledError:
        print("h cancelled:", h.cancelled(), "inner cancelled:", inner.cancelled())
    print("inner result:", await inner)

    print(await asyncio.shield(save("direct")))
    done = asyncio.create_task(save("early"))
    await done
    print(asyncio.shield(done) is done)

    outer = asyncio.shield(save("timed"))
    try:
        await asyncio.wait_for(outer, 0.01)
    except asyncio.TimeoutError:
        print("timed out; outer cancelled:", outer.cancelled())
    await asyncio.sleep(0.08)
    print("after the wait")


asyncio.run(main())
