# Rule: datetime, date and timedelta compute, compare and print as CPython's; now() moves with the loop's clock, so asyncio.sleep shows in the difference of two readings.
import asyncio
import datetime
from datetime import date, datetime as dt, timedelta

x = dt(2026, 1, 5, 9, 0)
print(repr(x), x, x.isoformat(), repr(dt(2026, 1, 5, 9, 0, 3)), repr(date(2026, 1, 5)), date(2026, 1, 5), x.ctime())
print(x.strftime("%Y-%m-%d %H:%M:%S.%f %A %j"), x.year, x.month, x.day, x.hour, x.weekday(), x.isoweekday())
t = timedelta(days=-1, seconds=5)
print(repr(t), t, repr(timedelta(0)), timedelta(hours=25, microseconds=5), repr(timedelta(milliseconds=1.5)), timedelta(seconds=0.5) / timedelta(seconds=0.25), timedelta(seconds=3) * 2)
print(dt(2026, 1, 5, 9, 0, 0, 1) - x, x - timedelta(minutes=1), x + timedelta(days=30), x < dt(2027, 1, 1), t < timedelta(0), timedelta(minutes=2).total_seconds())
print(type(x), type(t), type(date(2026, 1, 1)), isinstance(x, dt), bool(timedelta(0)), date(2024, 3, 1) - date(2024, 2, 1))
print(dt(2024, 2, 29).strftime("%d/%m/%y %b %a %I%p"), dt(1999, 12, 31, 23, 59, 59) + timedelta(seconds=1))
for attempt in [lambda: dt(2026, 13, 1), lambda: dt(2026, 2, 30), lambda: dt(2026, 1, 1, 24), lambda: date(0, 1, 1)]:
    try:
        attempt()
    except Exception as e:
        print(type(e).__name__, e)


async def main():
    start = dt.now()
    await asyncio.sleep(0.2)
    elapsed = dt.now() - start
    print(elapsed >= timedelta(seconds=0.2), elapsed < timedelta(seconds=1), round(elapsed.total_seconds(), 1))


asyncio.run(main())
