# Probe: a coroutine never awaited: stdout is unaffected and the run exits 0.
import asyncio

async def forgotten():
    print('never printed')

async def main():
    forgotten()
    print('main ran')

asyncio.run(main())
