# Rule: nested run until complete (a learner-style program written to probe the simulator's edges)
import asyncio
async def job(x):
    await asyncio.sleep(0.01)
    print("job", x)
    return x
loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
t = loop.create_task(job("bg"))
print(loop.run_until_complete(job("fg")))
print(t.done())
print(loop.run_until_complete(t))
loop.close()
