# Probe: add_done_callback on a finished future schedules the callback, not a direct call.
import asyncio

async def main():
    f = asyncio.get_running_loop().create_future()
    f.set_result(1)
    f.add_done_callback(lambda fut: print('callback', fut.result()))
    print('added')
    await asyncio.sleep(0)
    print('after sleep')

asyncio.run(main())
