# Rule: lambdas capture variables by name, global rebinds a module variable, and callbacks can use both.
import asyncio

calls = 0
log = []


def bump(amount=1):
    global calls
    calls += amount


async def main():
    double = lambda x: x * 2
    add = lambda a, b=10: a + b
    print(double(4), add(1), add(1, 2), (lambda: "now")())
    loop = asyncio.get_running_loop()
    for i in range(3):
        loop.call_soon(lambda: log.append(i))
    loop.call_soon(bump)
    loop.call_soon(bump, 5)
    await asyncio.sleep(0)
    print("log:", log, "calls:", calls)
    fns = [lambda x, k=k: x + k for k in range(3)]
    print([f(100) for f in fns])


asyncio.run(main())
print("calls at the end:", calls)
