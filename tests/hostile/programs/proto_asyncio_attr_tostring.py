# Probe: asyncio.toString is an AttributeError on the module.
import asyncio
try:
    asyncio.toString()
except AttributeError as e:
    print(e)
