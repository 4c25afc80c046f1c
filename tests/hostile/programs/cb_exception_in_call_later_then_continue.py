# Probe: a call_later callback that raises does not stop later callbacks.
import asyncio

def bad():
    raise ValueError('bad timer')

async def main():
    loop = asyncio.get_running_loop()
    loop.call_later(0.01, bad)
    loop.call_later(0.02, print, 'next timer ran')
    await asyncio.sleep(0.05)

asyncio.run(main())
