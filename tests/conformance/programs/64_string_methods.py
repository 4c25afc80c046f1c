# Rule: the everyday str methods upper, lower, strip, split, join, startswith and format, plus indexing and in.
import asyncio


async def main():
    s = "  Hello, Async World  "
    print("[" + s.strip() + "]", "[" + s + "]")
    print(s.upper(), s.lower(), sep="|")
    print(s.split(), s.strip().split(", "), "a,b,,c".split(","), "x  y".split(" "))
    print("-".join(["x", "y", "z"]), "".join(str(i) for i in range(5)), ", ".join([]))
    print(s.strip().startswith("Hello"), s.startswith("Hello"), "".startswith(""))
    print("{} and {}".format("this", "that"), "{0}{1}{0}".format("ab", "-"), "{:>4}|".format(7))
    print("abc"[1], "abc"[-1], len("héllo"), len(""), "ab" * 0 == "")
    print("co" in "coroutine", "Task".lower() == "task", "ab" < "b", "B" < "a")
    print("--".strip("-") == "", "xxhixx".strip("x"), "Mixed Case".upper().lower())


asyncio.run(main())
