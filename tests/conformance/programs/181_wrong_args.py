# Rule: wrong args (a learner-style program written to probe the simulator's edges)
def greet(name, greeting):
    print(greeting, name)
greet("Bo")
