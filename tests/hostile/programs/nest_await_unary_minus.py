# Probe: 'await -x' is a SyntaxError in CPython (await takes a primary, not a unary expression).
import asyncio

async def main():
    x = 1
    print(await -x)

asyncio.run(main())
