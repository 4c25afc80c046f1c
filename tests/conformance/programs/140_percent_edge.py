# Rule: percent edge (a learner-style program written to probe the simulator's edges)
tests = [("%5.2s|", ("abc",)), ("%c%c", (65, "b")), ("%*d|", (5, 42)), ("%-6.2f|", (3.14159,)), ("%r", ("it's",)),
         ("%s", ([1, 2],)), ("%i %u", (3, 4)), ("%.3e", (0.000123,)), ("%g %g", (1e-5, 123456789.0)), ("%x %X %#x", (255, 255, 255)),
         ("%05d", (-42,)), ("%+.1f", (2.25,)), ("%s %s", ("one",)), ("%d", (1, 2)), ("%d", ("x",)), ("%s", ((1, 2),)), ("%.0f %.0f", (0.5, 1.5))]
for fmt, args in tests:
    try:
        print(repr(fmt % args))
    except Exception as e:
        print(fmt, type(e).__name__, e)
print("%s" % (1, 2) if False else "%s" % ((1, 2),))
print("%d%%" % 50, "%(x)s %(x)r" % {"x": "v"})
