# Probe: a soft keyword like match or case or type is a valid variable name.
match = 1
case = 2
type_ = 3
_ = match + case
print(match, case, _)
