# Probe: result() on a pending future raises InvalidStateError.
import asyncio

async def main():
    f = asyncio.get_running_loop().create_future()
    try:
        f.result()
    except asyncio.InvalidStateError as e:
        print(e)

asyncio.run(main())
