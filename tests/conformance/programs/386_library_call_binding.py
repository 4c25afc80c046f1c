# Rule: asyncio.sleep binds its arguments like the Python function it is (delay, result=None), and a def's too-many-positional TypeError also counts the keyword-only arguments given.
import asyncio


def f(a, b=1, *, c):
    return a + b + c


async def main():
    calls = [
        lambda: asyncio.sleep(0, 1, 2), lambda: asyncio.sleep(0, seconds=1), lambda: asyncio.sleep(),
        lambda: asyncio.sleep(0, delay=1), lambda: asyncio.sleep(result=1),
        lambda: f(1, 2, 3, c=1), lambda: f(1, 2, 3), lambda: f(1, 2, 3, 4, c=1), lambda: f(), lambda: f(1, c=1, d=2),
    ]
    for call in calls:
        try:
            aw = call()
            print(aw if isinstance(aw, int) else await aw)
        except TypeError as e:
            print(e)
    print(await asyncio.sleep(0, "r"), await asyncio.sleep(delay=0, result="k"))


asyncio.run(main())
