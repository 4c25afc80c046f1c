# Rule: str() and repr() differ for strings and agree for numbers; containers always show their items with repr.
import asyncio


async def main():
    word = "hello"
    print(str(word), repr(word))
    print(str(12), repr(12), str(1.5), repr(1.5))
    print(str(None), repr(None), str(True), repr(False))
    print(str([word, 1]), repr([word, 1]))
    print(repr("a'b"), repr('a"b'), repr("a'b\"c"))
    print(repr("back\\slash"), len("back\\slash"))
    print(str(("x",)), repr({"k": word}))
    print(repr(""), str("") == "")


asyncio.run(main())
