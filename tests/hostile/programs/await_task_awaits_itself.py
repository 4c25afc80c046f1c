# Probe: a task that awaits itself gets a RuntimeError.
import asyncio

async def selfish():
    await asyncio.current_task()

async def main():
    try:
        await asyncio.create_task(selfish())
    except RuntimeError as e:
        print('RuntimeError:', str(e).split(':')[0])

asyncio.run(main())
