# Probe: except clauses are tried in order; a tuple catches any of its types.
for exc in [KeyError('k'), IndexError('i'), ZeroDivisionError('z')]:
    try:
        raise exc
    except (KeyError, IndexError) as e:
        print('tuple', type(e).__name__)
    except ArithmeticError as e:
        print('base', type(e).__name__)
