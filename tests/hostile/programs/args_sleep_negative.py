# Probe: a negative sleep returns at once, like sleep(0)'s neighbours do after it.
import asyncio

async def other():
    print('other')

async def main():
    asyncio.create_task(other())
    await asyncio.sleep(-5)
    print('after negative sleep')

asyncio.run(main())
