# Probe: an exception in a done callback is logged by the loop; the program goes on.
import asyncio

def cb(fut):
    raise ValueError('in callback')

async def main():
    f = asyncio.get_running_loop().create_future()
    f.add_done_callback(cb)
    f.set_result(1)
    await asyncio.sleep(0)
    print('still running')

asyncio.run(main())
