# Rule: unicode print (a learner-style program written to probe the simulator's edges)
names = ["민수", "지영", "Zoë"]
for n in names:
    print(f"{n:<6}|{len(n)}|{n!r}")
print(sorted(names), max(names), "민" < "지", "".join(sorted("다나가")))
print({"이름": "민수", "나이": 20})
print("안녕하세요".find("하"), "안녕하세요"[::-1], "가,나,다".split(","), "ÅB".lower(), "straße".upper())
