# Probe: a callback that reschedules itself forever with call_soon.
# hostile: runs-on
import asyncio

def again(loop):
    loop.call_soon(again, loop)

async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(again, loop)
    await asyncio.sleep(3600)

asyncio.run(main())
