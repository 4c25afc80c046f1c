# Rule: a failed task held by a global is freed when the name is rebound, and logged then; one whose exception was asked for logs nothing.
import asyncio

held = None
asked = None


async def boom(msg):
    raise ValueError(msg)


async def main():
    global held, asked
    held = asyncio.create_task(boom("held by a global"))
    asked = asyncio.create_task(boom("asked for"))
    await asyncio.sleep(0.01)
    print("asked:", repr(asked.exception()))
    print("main done")


asyncio.run(main())
print("after run")
held = None
asked = None
print("names rebound")
