# Rule: exception classes a program defines form a hierarchy that except clauses match by subclass; raised in a task they reach whoever awaits it, with their own attributes, __str__ and repr.
import asyncio


class AppError(Exception):
    pass


class NetworkError(AppError):
    def __init__(self, host, code):
        super().__init__(f"{host} failed with {code}")
        self.host = host
        self.code = code


class Timeout(NetworkError):
    def __str__(self):
        return f"timeout talking to {self.host}"


async def call(host, code):
    await asyncio.sleep(0.01)
    if code == 0:
        return host
    if code == 1:
        raise Timeout(host, 504)
    raise NetworkError(host, code)


async def main():
    tasks = [asyncio.create_task(call(h, c)) for h, c in [("a", 0), ("b", 1), ("c", 500)]]
    results = await asyncio.gather(*tasks, return_exceptions=True)
    for r in results:
        print(type(r).__name__, repr(r), str(r), isinstance(r, AppError))
    for t in tasks:
        try:
            print("result", await t)
        except Timeout as e:
            print("timeout", e.host, e.code, e.args)
        except NetworkError as e:
            print("network", e, e.code)
    try:
        await call("d", 1)
    except AppError as e:
        print("caught as AppError:", e)
    print(issubclass(Timeout, AppError), issubclass(AppError, Exception), Timeout.__mro__[1].__name__)
    await call("e", 503)


asyncio.run(main())
