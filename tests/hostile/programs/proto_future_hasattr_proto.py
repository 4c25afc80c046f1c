# Probe: hasattr(future, '__proto__') is False.
import asyncio

async def main():
    f = asyncio.get_running_loop().create_future()
    print(hasattr(f, '__proto__'), hasattr(f, 'constructor'))
    f.set_result(3)
    print(await f)

asyncio.run(main())
