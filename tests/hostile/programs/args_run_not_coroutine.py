# Probe: asyncio.run(5) is a ValueError: a coroutine was expected.
import asyncio
try:
    asyncio.run(5)
except ValueError as e:
    print(e)
