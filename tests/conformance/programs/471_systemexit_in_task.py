# Rule: §21, a SystemExit raised in a task leaves asyncio.run; uncaught, its code is the exit
# status and nothing is printed.
import asyncio


async def leave():
    await asyncio.sleep(0)
    print("leaving with status 4")
    raise SystemExit(4)


tasks = []


async def main():
    tasks.append(asyncio.create_task(leave()))
    try:
        await asyncio.sleep(1)
    finally:
        print("main cancelled during clean-up")


try:
    asyncio.run(main())
except SystemExit as e:
    # Retrieving the task's exception keeps CPython from logging it when the task is freed.
    print("caught SystemExit", e.code, tasks[0].exception() is e)
    raise
