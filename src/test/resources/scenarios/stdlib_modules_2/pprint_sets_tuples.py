# Sets are sorted when they have to wrap; one-item tuples keep their comma.
import pprint

primes = {2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37}
pprint.pprint(primes)
pprint.pprint(primes, width=20)
pprint.pprint(frozenset(primes), width=25)
pprint.pprint((42,), width=3)
pprint.pprint([(1,), (2, 3), ()], width=6)
pprint.pprint({"pairs": [(i, i * i) for i in range(6)]}, width=25)
