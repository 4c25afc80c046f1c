# Rule: print joins its arguments with sep and finishes with end; print() alone prints an empty line.
import asyncio


async def main():
    print("a", "b", "c", sep="-")
    print("no newline", end="")
    print(" ... continued")
    print(1, 2, 3, sep="", end="!\n")
    print()
    print("x", "y", sep=", ", end=" <end>\n")
    print(*["star", "args", 3], sep=" / ")
    print("tab", "sep", sep="\t")
    for i in range(3):
        print(i, end=" ")
    print()
    print("", "leading space")


asyncio.run(main())
