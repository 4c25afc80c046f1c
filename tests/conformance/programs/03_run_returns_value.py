# Rule: asyncio.run returns whatever the main coroutine returns, after the loop has shut down.
import asyncio


async def compute():
    await asyncio.sleep(0.01)
    return {"answer": 42, "ok": True}


result = asyncio.run(compute())
print("asyncio.run returned", result)
print(type(result).__name__, result["answer"])
