# Rule: run_until_complete stops when its future is done; unlike asyncio.run it does not cancel other tasks.
import asyncio


async def background():
    await asyncio.sleep(0.2)
    print("background finished")


async def short():
    await asyncio.sleep(0.01)
    return "short done"


loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
bg = loop.create_task(background())
print(loop.run_until_complete(short()))
print("background done?", bg.done(), "cancelled?", bg.cancelled())
loop.run_until_complete(bg)
print("after running it too: done?", bg.done())
loop.close()
