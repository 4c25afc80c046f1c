# Rule: create_task only schedules the body; it starts when the creator really suspends, not during time.sleep or awaits that do not suspend.
import asyncio
import time


async def child():
    print("child: body starts")


async def quick():
    return 7


async def main():
    loop = asyncio.get_running_loop()
    asyncio.create_task(child())
    print("main: task created")
    time.sleep(0.05)
    print("main: time.sleep did not let it start")
    n = await quick()
    print("main: awaited a coroutine, got", n)
    ready = loop.create_future()
    ready.set_result("done already")
    print("main: awaited a done future, got", await ready)
    await asyncio.sleep(0)
    print("main: after sleep(0)")


asyncio.run(main())
