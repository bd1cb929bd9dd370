# sys.maxsize, sys.platform and sys.byteorder: the largest index a list can have, and the machine.
import sys
print(sys.maxsize, sys.maxsize == 2**63 - 1, sys.platform, sys.byteorder, sys.maxsize is sys.maxsize, sys.getsizeof(sys.maxsize))
from sys import maxsize
print(maxsize + 1, -maxsize - 1)
smallest = sys.maxsize
for x in [5, 3, 9]:
    smallest = min(smallest, x)
print(smallest)
