# Probe: asyncio.sleep('1') raises TypeError when the delay is compared.
import asyncio

async def main():
    try:
        await asyncio.sleep('1')
    except TypeError as e:
        print('TypeError:', e)

asyncio.run(main())
