# Rule: timers fire in deadline order, whatever order the sleeps were started in.
import asyncio


async def alarm(name, delay):
    await asyncio.sleep(delay)
    print(name, "rings after", delay)
    return name


async def main():
    order = await asyncio.gather(
        alarm("slow", 0.2),
        alarm("fast", 0.05),
        alarm("medium", 0.1),
    )
    print("gather keeps argument order:", order)


asyncio.run(main())
