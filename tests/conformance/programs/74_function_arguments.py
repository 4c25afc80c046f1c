# Rule: positional, default, keyword and *args parameters, and *args unpacking in calls, for def and async def.
import asyncio


def describe(name, age=30, *tags, sep=", "):
    return f"{name} ({age})" + (": " + sep.join(tags) if tags else "")


async def greet(greeting, *names, punct="!"):
    await asyncio.sleep(0)
    return [f"{greeting}, {n}{punct}" for n in names]


async def main():
    print(describe("ann"))
    print(describe("bob", 41))
    print(describe(age=5, name="cy"))
    print(describe("dee", 22, "admin", "ops"))
    print(describe("eve", 33, "a", "b", sep=" / "))
    args = ["fay", 50, "x"]
    print(describe(*args))
    print(await greet("hi", "ann", "bob"))
    print(await greet("bye", *["cy"], punct="."))
    print(await greet("nobody"))


asyncio.run(main())
