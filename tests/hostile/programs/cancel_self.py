# Probe: a task that cancels itself gets CancelledError at its next await.
import asyncio

async def me():
    asyncio.current_task().cancel()
    print('still running until the await')
    try:
        await asyncio.sleep(0)
    except asyncio.CancelledError:
        print('cancelled at the await')

async def main():
    await asyncio.create_task(me())

asyncio.run(main())
