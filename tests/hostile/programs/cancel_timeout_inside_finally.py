# Probe: asyncio.timeout raising TimeoutError after the body's finally has run.
import asyncio

async def main():
    try:
        async with asyncio.timeout(0.01):
            try:
                await asyncio.sleep(1)
            finally:
                print('finally in body')
    except TimeoutError:
        print('TimeoutError')

asyncio.run(main())
