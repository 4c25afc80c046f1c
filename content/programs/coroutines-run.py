import asyncio


async def inner():
    return "inner's result"


async def main():
    global loop
    loop = asyncio.get_running_loop()
    print("main runs as", asyncio.current_task().get_name())
    c = inner()
    try:
        asyncio.run(c)
    except RuntimeError as e:
        print("RuntimeError:", e)
    print("await works:", await c)
    return 42


result = asyncio.run(main())
print("asyncio.run returned", result)
print("loop closed?", loop.is_closed())
