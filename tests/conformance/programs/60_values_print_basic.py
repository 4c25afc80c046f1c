# Rule: print shows ints, floats, strings, bools, None and containers exactly as CPython's str/repr do.
import asyncio


async def main():
    print(7, -3, 0, 10 ** 20)
    print(2.5, -0.75, 3.0, 1 / 3)
    print("text", 'quotes "inside"', "it's")
    print(True, False, None)
    print([1, "two", 3.0, None, True])
    print((1,), (), (1, "a"), [])
    print({"k": "v", "n": 1, "nested": {"x": [1, 2]}})
    print({}, {42}, {"only"}, {(1, 2)})
    print([("a", 1), ("b", [2, 3])], {"t": (1, 2), 5: None})
    print(["it's", 'say "hi"', "tab\there", "new\nline"])


asyncio.run(main())
