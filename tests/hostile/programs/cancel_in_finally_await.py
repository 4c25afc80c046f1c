# Probe: a cancelled task may await in its finally block before ending.
import asyncio

async def cleanup():
    try:
        await asyncio.sleep(1)
    finally:
        await asyncio.sleep(0.01)
        print('cleaned up')

async def main():
    t = asyncio.create_task(cleanup())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print('then cancelled')

asyncio.run(main())
