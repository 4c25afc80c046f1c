# Probe: __name__ is '__main__' when run as a script.
print(__name__)
if __name__ == '__main__':
    print('main guard runs')
