# Rule: legacy style, new_event_loop + set_event_loop + run_until_complete returns the coroutine's value.
import asyncio


async def add(a, b):
    await asyncio.sleep(0.01)
    return a + b


loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
print("closed before:", loop.is_closed())
print("result:", loop.run_until_complete(add(2, 40)))
print("second run:", loop.run_until_complete(add(1, 1)))
loop.close()
print("closed after:", loop.is_closed())
