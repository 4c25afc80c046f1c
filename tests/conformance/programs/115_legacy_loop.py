# Rule: legacy loop (a learner-style program written to probe the simulator's edges)
import asyncio
async def hello(n):
    await asyncio.sleep(0.01)
    return n + 1
loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
print(loop.run_until_complete(hello(1)))
print(loop.run_until_complete(asyncio.gather(hello(2), hello(3))))
print(loop.is_closed())
loop.close()
print(loop.is_closed())
try:
    loop.run_until_complete(hello(4))
except RuntimeError as e:
    print("RuntimeError:", e)
