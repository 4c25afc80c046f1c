# Probe: one failing child of a TaskGroup cancels its siblings and raises an ExceptionGroup.
import asyncio

async def fails():
    await asyncio.sleep(0.01)
    raise ValueError('child failed')

async def sibling():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print('sibling cancelled')
        raise

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fails())
            tg.create_task(sibling())
    except* ValueError as eg:
        print('caught', [str(e) for e in eg.exceptions])

asyncio.run(main())
