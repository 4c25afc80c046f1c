# Rule: list methods (a learner-style program written to probe the simulator's edges)
l = [1, 2, 3]
l.insert(-1, 99)
l.insert(100, 7)
l.insert(-100, 0)
print(l)
print(l.pop(), l.pop(0), l.pop(-2), l)
l.remove(99)
print(l, l.index(2), [5, 6, 7].index(7))
l.extend((8, 9))
l.reverse()
print(l, l.count(8))
pairs = [("b", 1), ("a", 2), ("c", 1), ("d", 2)]
pairs.sort(key=lambda p: p[1])
print(pairs)
print(sorted(pairs, key=lambda p: p[1], reverse=True))
nums = [3, 1, 2]
print(sorted(nums), nums, nums.sort(), nums)
print([1, 2] * 3, [0] * 0, [1, 2] + [3], [1, 2, 3] == [1, 2, 3], [1, 2] < [1, 3])
a = [0, 1, 2, 3, 4, 5, 6]
print(a[::2], a[::-1], a[5:1:-2], a[-3:], a[:-3], a[10:], a[1:100])
del a[1]
print(a, a.copy(), list(reversed(a)))
