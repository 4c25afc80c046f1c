# Rule: after asyncio.run, get_event_loop() in the main thread raises RuntimeError (run left no current loop).
import asyncio


async def main():
    print("inside run: get_event_loop works")
    return asyncio.get_event_loop().is_closed()


print("closed inside?", asyncio.run(main()))
print("asyncio.run finished; asking for the event loop again")
loop = asyncio.get_event_loop()
print("never printed", loop)
