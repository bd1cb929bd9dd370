# After from itertools import *, the names are in the module dict
import sys
from itertools import *

print("chain" in globals(), "islice" in globals())
print(globals()["count"] is count)
print(len(globals()))
