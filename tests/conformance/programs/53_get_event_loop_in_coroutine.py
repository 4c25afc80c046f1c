# Rule: inside a running coroutine, get_event_loop() returns the running loop, the same object as get_running_loop().
import asyncio


async def inner():
    return asyncio.get_event_loop()


async def main():
    running = asyncio.get_running_loop()
    print("same loop:", asyncio.get_event_loop() is running)
    print("same loop in a nested coroutine:", (await inner()) is running)
    print("is_closed() while running:", running.is_closed())


asyncio.run(main())
