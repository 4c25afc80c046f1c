# Rule: typing's names import, subscript and print as CPython's do, and annotations change nothing at run time.
import asyncio
import typing
from typing import Any, Awaitable, Callable, Coroutine, Dict, List, Optional, Tuple, Union

Vector = List[float]
Handler = Callable[[int, str], bool]
Table = Dict[str, List[int]]


def scale(scalar: float, vector: Vector) -> Vector:
    return [scalar * num for num in vector]


async def fetch(name: str, delay: float = 0.01) -> Dict[str, Any]:
    await asyncio.sleep(delay)
    return {"name": name, "delay": delay}


async def main() -> None:
    results: List[Dict[str, Any]] = await asyncio.gather(*(fetch(n) for n in ["a", "b"]))
    maybe: Optional[int] = None
    pair: Tuple[int, str] = (1, "x")
    print(results, maybe, pair)


print(scale(2.0, [1.0, -4.2, 5.4]))
asyncio.run(main())
print(Vector, Handler, Table, Optional[int], Union[int, None], Union[int, str], Union[int], Any)
print(Awaitable[int], Coroutine[Any, Any, int], typing.TypeVar("T"), List["Node"], List[None], typing.Literal["a", 1])
UserId = typing.NewType("UserId", int)
print(UserId, UserId(5), typing.cast(int, "3"), typing.TYPE_CHECKING, typing.Text)
