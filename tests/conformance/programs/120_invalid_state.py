# Rule: invalid state (a learner-style program written to probe the simulator's edges)
import asyncio
async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    for op in ("result", "exception"):
        try:
            getattr(f, op)() if False else (f.result() if op == "result" else f.exception())
        except asyncio.InvalidStateError as e:
            print(op, type(e).__name__, e)
    f.cancel()
    try:
        f.result()
    except asyncio.CancelledError as e:
        print("cancelled result", repr(e))
    try:
        f.exception()
    except asyncio.CancelledError:
        print("cancelled exception()")
    print(f.cancel(), f.cancelled())
asyncio.run(main())
