# zip(count(1), lines) numbers items lazily: the count never ends, zip stops with the shorter list
import itertools
lines = ["alpha", "beta", "gamma"]
for n, line in zip(itertools.count(1), lines):
    print(n, line)
big = itertools.count(2**64)
print(next(big), next(big), big)
