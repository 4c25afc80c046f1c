# Probe: except Exception does not catch KeyboardInterrupt or SystemExit.
for exc in [KeyboardInterrupt, SystemExit]:
    try:
        try:
            raise exc
        except Exception:
            print('wrongly caught')
    except BaseException as e:
        print('BaseException caught', type(e).__name__)
