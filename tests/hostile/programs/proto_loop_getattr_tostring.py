# Probe: getattr(loop, 'toString') raises AttributeError inside a running loop.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    try:
        print(getattr(loop, 'toString')())
    except AttributeError:
        print('no toString on the loop')

asyncio.run(main())
