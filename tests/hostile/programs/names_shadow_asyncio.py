# Probe: rebinding the name asyncio after import breaks later uses.
import asyncio
asyncio = None
try:
    asyncio.run(None)
except AttributeError as e:
    print(e)
