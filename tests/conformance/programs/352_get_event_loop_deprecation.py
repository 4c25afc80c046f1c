# Rule: module-level gather() and get_event_loop() make a loop silently in 3.11; 3.12 and 3.13 warn (DeprecationWarning) once, where the loop is made.
import asyncio


async def job(n):
    print("job", n)
    return n


async def main():
    print("inside", asyncio.get_event_loop() is asyncio.get_running_loop())


results = asyncio.gather(job(1), job(2))
loop = asyncio.get_event_loop()
print(loop.run_until_complete(results))
loop.run_until_complete(main())
loop.close()
