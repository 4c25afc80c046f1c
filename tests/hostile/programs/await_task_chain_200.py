# Probe: 200 tasks, each awaiting a task it creates.
import asyncio

async def link(n):
    if n == 0:
        return 'bottom'
    return await asyncio.create_task(link(n - 1))

print(asyncio.run(link(200)))
