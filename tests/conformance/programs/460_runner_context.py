# Rule: asyncio.Runner keeps one loop for several run() calls (task numbers go on), cleans up like asyncio.run when the with block ends, and refuses to run once closed.
import asyncio


async def step(n):
    await asyncio.sleep(0.01)
    task = asyncio.current_task()
    return f"{task.get_name()} ran step {n}"


async def background():
    try:
        await asyncio.sleep(10)
    finally:
        print("background cancelled by close()")


async def start_background():
    asyncio.create_task(background())
    await asyncio.sleep(0)


with asyncio.Runner() as runner:
    loop = runner.get_loop()
    print(loop.is_running(), loop.is_closed())
    print(runner.run(step(1)))
    print(runner.run(step(2)))
    print(runner.get_loop() is loop, asyncio.get_event_loop() is loop)
    runner.run(start_background())
    print("leaving the with block")

print("closed:", loop.is_closed())
late = step(3)
try:
    runner.run(late)
except RuntimeError as e:
    late.close()
    print("RuntimeError:", e)

runner = asyncio.Runner()
print(runner.run(step(4)))
runner.close()
runner.close()
try:
    asyncio.get_event_loop()
except RuntimeError as e:
    print("RuntimeError:", e)
