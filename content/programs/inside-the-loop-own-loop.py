import asyncio


async def main():
    await asyncio.sleep(0.1)
    return "main's result"


loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
try:
    print(loop.run_until_complete(main()))
    print("the same loop again:", loop.run_until_complete(asyncio.sleep(0.1, "again")))
finally:
    loop.close()
print("closed?", loop.is_closed())
