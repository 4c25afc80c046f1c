# Probe: an exception in a call_soon callback is logged and the loop continues.
import asyncio

def bad():
    print('bad runs')
    raise RuntimeError('callback failed')

async def main():
    asyncio.get_running_loop().call_soon(bad)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print('main goes on')

asyncio.run(main())
