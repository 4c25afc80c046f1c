# Rule: percent format2 (a learner-style program written to probe the simulator's edges)
name, age, score = "Mina", 20, 93.456
print("%s is %d years old" % (name, age))
print("%(name)s scored %(score).1f" % {"name": name, "score": score})
print("%i%% done, %5.1f|%-8s|%08.3f" % (75, score, name, score))
print("%#x %#o %.3s %c" % (255, 8, "abcdef", 65))
