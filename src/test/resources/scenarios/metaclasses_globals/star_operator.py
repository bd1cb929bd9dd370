# from operator import * for sorting by field
from operator import *

people = [("ann", 31), ("bob", 25), ("cy", 40)]
print(sorted(people, key=itemgetter(1)))
print(add(2, 3), mul(4, 5), neg(7))
print(list(map(attrgetter("real"), [1, 2])))
