# Probe: asyncio.sleep returns its result argument.
import asyncio

async def main():
    print(await asyncio.sleep(0, result='r'), await asyncio.sleep(0.01, 'positional'))

asyncio.run(main())
