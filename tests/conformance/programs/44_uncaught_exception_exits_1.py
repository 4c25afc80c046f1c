# Rule: an exception escaping main ends the program: traceback on stderr, exit status 1.
import asyncio


async def parse(text):
    await asyncio.sleep(0)
    return int(text)


async def main():
    print("parsing 12:", await parse("12"))
    print("about to fail")
    raise ValueError("boom")


asyncio.run(main())
print("never printed")
