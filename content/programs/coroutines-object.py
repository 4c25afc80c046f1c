import asyncio


async def greet(name):
    print(f"greet: hello, {name}")
    return len(name)


print("greet is a", type(greet).__name__)
c = greet("Ada")
print("greet('Ada') returned a", type(c).__name__)
print("...and greet has printed nothing yet")
n = asyncio.run(c)
print("asyncio.run(c) returned", n)
