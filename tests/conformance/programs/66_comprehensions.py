# Rule: list, dict and set comprehensions and generator expressions, with conditions and nesting.
import asyncio


async def main():
    squares = [n * n for n in range(6)]
    evens = [n for n in squares if n % 2 == 0]
    pairs = [(a, b) for a in range(3) for b in range(a)]
    table = {word: len(word) for word in ["loop", "task", "future"]}
    one = {x % 3 for x in [3, 6, 9]}
    print(squares, evens)
    print(pairs)
    print(table)
    print(one)
    print(sum(n for n in range(101)), max(len(w) for w in table))
    print([[i * j for j in range(3)] for i in range(3)])
    print(["even" if n % 2 == 0 else "odd" for n in range(4)])


asyncio.run(main())
