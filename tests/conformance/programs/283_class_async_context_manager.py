# Rule: async with calls the class's __aenter__ and __aexit__ (both awaited), binds what __aenter__ returns, and a true result from __aexit__ swallows the exception; plain with calls __enter__ and __exit__ the same way.
import asyncio


class Connection:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow

    async def __aenter__(self):
        print(f"open {self.name}")
        await asyncio.sleep(0.01)
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await asyncio.sleep(0)
        print(f"close {self.name}", exc_type.__name__ if exc_type else None, exc)
        return self.swallow

    async def query(self, q):
        await asyncio.sleep(0)
        return f"{self.name}:{q}"


class Section:
    def __init__(self, title):
        self.title = title

    def __enter__(self):
        print("begin", self.title)
        return self.title.upper()

    def __exit__(self, *exc):
        print("end", self.title, exc[0].__name__ if exc[0] else None)
        return False


async def main():
    async with Connection("db") as c:
        print(await c.query("select"))
    async with Connection("cache", swallow=True) as c:
        raise KeyError("lost")
    print("after swallowed error")
    try:
        async with Connection("log"), Connection("metrics") as m:
            print(m.name)
            raise RuntimeError("boom")
    except RuntimeError as e:
        print("propagated:", e)
    with Section("intro") as title:
        print(title)
    try:
        with Section("body"):
            1 / 0
    except ZeroDivisionError:
        print("division failed")


asyncio.run(main())
