# Probe: title() capitalises after any non-letter, apostrophes included.
print("they're bill's friends".title())
print('hello wORLD 3rd'.title(), 'hello world'.capitalize())
