# Probe: '²'.isdigit() is True, '²'.isdecimal() is False (Unicode's tables, not ASCII).
print('²'.isdigit(), '²'.isdecimal(), '²'.isnumeric())
print('½'.isdigit(), '½'.isnumeric())
print('٣'.isdigit(), '٣'.isdecimal())
