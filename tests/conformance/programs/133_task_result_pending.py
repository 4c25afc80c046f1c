# Rule: task result pending (a learner-style program written to probe the simulator's edges)
import asyncio
async def main():
    t = asyncio.create_task(asyncio.sleep(0.01, "x"))
    try:
        t.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    print(t.done(), await t, t.done(), t.cancel(), t.exception())
asyncio.run(main())
