# Probe: a form feed at the start of a line resets the indentation count, as CPython's tokenizer does.
if True:
    print('after form feed')
print('end')
