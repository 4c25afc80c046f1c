# Probe: set_result on a done future raises InvalidStateError.
import asyncio

async def main():
    f = asyncio.get_running_loop().create_future()
    f.set_result(1)
    try:
        f.set_result(2)
    except asyncio.InvalidStateError as e:
        print('InvalidStateError:', e)

asyncio.run(main())
