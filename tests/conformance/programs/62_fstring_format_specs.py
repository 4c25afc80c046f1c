# Rule: f-strings apply format specs (precision, width, alignment, zero padding, sign, thousands) and !r.
import asyncio


async def main():
    pi = 3.14159265
    n = 42
    name = "ada"
    print(f"{pi:.2f}|{pi:.0f}|{2.5:.0f}|{3.5:.0f}|{-pi:.3f}")
    print(f"[{n:>5}][{n:<5}][{n:^5}][{n:05d}][{-n:05d}]")
    print(f"[{name:>6}][{name:<6}][{name:^7}][{name:*^7}]")
    print(f"{name!r} {n!r} {[name]!r} {name}")
    print(f"{1234567:,} {0.5:.1%} {n:x} {n:b} {n:+d}")
    print(f"{pi:8.3f}|{1e-05:.2e}|{n / 8}|{n // 8}")
    width = 6
    print(f"[{n:>{width}}] {'nested ' + name}")
    print("{} and {}".format("this", "that"), "{0}{1}{0}".format("ab", "-"))
    print("{:>4}|{:.1f}".format(7, 2.25))


asyncio.run(main())
