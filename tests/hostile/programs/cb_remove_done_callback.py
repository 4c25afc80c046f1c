# Probe: remove_done_callback returns how many were removed; removed ones do not run.
import asyncio

def cb(f):
    print('ran')

async def main():
    f = asyncio.get_running_loop().create_future()
    f.add_done_callback(cb)
    f.add_done_callback(cb)
    print(f.remove_done_callback(cb))
    f.set_result(0)
    await asyncio.sleep(0)
    print('end')

asyncio.run(main())
