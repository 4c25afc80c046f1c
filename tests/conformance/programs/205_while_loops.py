# Rule: while loops (a learner-style program written to probe the simulator's edges)
n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print("collatz steps", steps)
a, b = 0, 1
fib = []
while len(fib) < 15:
    fib.append(a)
    a, b = b, a + b
print(fib, sum(fib), fib[-1] / fib[-2])
primes = [p for p in range(2, 60) if all(p % d for d in range(2, int(p ** 0.5) + 1))]
print(primes, len(primes))
