# Rule: list append/pop/extend/index and dict get/items/keys/values behave as in CPython, and dicts keep insertion order.
import asyncio


async def main():
    items = [3, 1, 2]
    items.append(5)
    items.extend([9, 0])
    print(items)
    last = items.pop()
    first = items.pop(0)
    print(last, first, items, items.index(2), items[-1], items[0])
    items[1] = 7
    print(items, len(items), 7 in items, 8 not in items)
    d = {"b": 2, "a": 1}
    d["c"] = 3
    d["b"] = 20
    print(d, d.get("a"), d.get("z"), d.get("z", 0), "a" in d, len(d))
    print([k for k in d.keys()], [v for v in d.values()], [kv for kv in d.items()])
    for k, v in d.items():
        print(k, "->", v)
    counts = {}
    for ch in "asyncio":
        counts[ch] = counts.get(ch, 0) + 1
    print(counts)
    nested = {"list": [1, 2]}
    nested["list"].append(3)
    print(nested, [] == [], {} == {}, [1, 2] == [1, 2], (1, 2) == (1, 2))


asyncio.run(main())
