# Rule: get event loop module (a learner-style program written to probe the simulator's edges)
import asyncio
async def job():
    return "ok"
loop = asyncio.get_event_loop()
print(loop.run_until_complete(job()))
print(asyncio.get_event_loop() is loop)
loop.close()
