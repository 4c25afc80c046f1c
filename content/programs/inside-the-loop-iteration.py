import asyncio


def say(text):
    print(text)


def first():
    say("first: ran from the ready queue")
    loop.call_soon(say, "queued by first: waits for the next iteration")


async def main():
    global loop
    loop = asyncio.get_running_loop()
    loop.call_later(0, say, "call_later(0): a timer, registered before the others")
    loop.call_soon(first)
    loop.call_soon(say, "second: ran from the ready queue")
    print("main: queued two callbacks and a timer, now yields")
    await asyncio.sleep(0)
    print("main: resumed after sleep(0)")
    await asyncio.sleep(0.1)


asyncio.run(main())
