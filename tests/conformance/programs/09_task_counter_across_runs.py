# Rule: the Task-N counter is process-wide; asyncio.run's own shutdown steps use up numbers too.
import asyncio


async def main(label):
    me = asyncio.current_task().get_name()
    helper = asyncio.create_task(asyncio.sleep(0))
    await helper
    print(label, "main is", me, "and its helper was", helper.get_name())


asyncio.run(main("first run:"))
asyncio.run(main("second run:"))
