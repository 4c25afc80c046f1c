# Rule: a task awaiting a future resumes in the iteration after a call_later callback resolves it.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()

    def deliver():
        print("timer callback sets the result")
        fut.set_result("parcel")
        loop.call_soon(print, "call_soon from the timer callback")

    loop.call_later(0.05, deliver)
    print("main waits")
    got = await fut
    print("main got", got)


asyncio.run(main())
