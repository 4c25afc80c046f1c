# Probe: a file that ends without a newline, inside an indented block.
for i in range(2):
    print(i)