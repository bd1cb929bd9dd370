# map(pow, range(4), repeat(2)): repeat supplies the same int each time and never runs out first
import itertools
print(list(map(pow, range(4), itertools.repeat(2))))
r = itertools.repeat("x", 2)
print(list(zip(r, "abc")), next(r, "done"))
