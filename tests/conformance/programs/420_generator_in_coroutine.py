# Rule: a plain generator consumed inside a coroutine runs inline in the task: its yields suspend nothing, only the coroutine's awaits let other tasks run.
import asyncio


def batches(items, size):
    for start in range(0, len(items), size):
        print(f"  batches: slicing from {start}")
        yield items[start:start + size]


async def process(name, items):
    for batch in batches(items, 2):
        print(f"{name} processing {batch}")
        await asyncio.sleep(0)
    print(f"{name} done")


async def main():
    await asyncio.gather(process("A", [1, 2, 3, 4, 5]), process("B", ["x", "y", "z"]))


asyncio.run(main())
