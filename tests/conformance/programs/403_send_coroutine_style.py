# Rule: a generator used as a coroutine: next() primes it to the first yield, send(v) resumes it with the yield expression evaluating to v, and sending to an unstarted generator is a TypeError.
def running_average():
    total = 0.0
    count = 0
    average = None
    while True:
        value = yield average
        total += value
        count += 1
        average = total / count
        print(f"  received {value}, average now {average}")


avg = running_average()
try:
    avg.send(10)
except TypeError as e:
    print("TypeError:", e)
print("primed:", next(avg))
for v in [10, 30, 5]:
    print("send returned", avg.send(v))
avg.close()
try:
    avg.send(1)
except StopIteration:
    print("closed generator raises StopIteration")
