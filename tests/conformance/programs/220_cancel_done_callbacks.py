# Rule: cancel done callbacks (a learner-style program written to probe the simulator's edges)
import asyncio
async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.add_done_callback(lambda fut: print("cb1 cancelled?", fut.cancelled()))
    f.add_done_callback(lambda fut: print("cb2"))
    print(f.cancel("why"))
    print("after cancel")
    await asyncio.sleep(0)
    try:
        f.result()
    except asyncio.CancelledError as e:
        print("result raised", repr(e))
asyncio.run(main())
