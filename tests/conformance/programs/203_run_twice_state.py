# Rule: run twice state (a learner-style program written to probe the simulator's edges)
import asyncio
results = []
async def step(n):
    await asyncio.sleep(0)
    results.append(n)
    return asyncio.current_task().get_name()
print(asyncio.run(step(1)))
print(asyncio.run(step(2)))
print(results)
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("RuntimeError:", e)
