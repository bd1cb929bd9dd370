# from sys import * for refcounts
from sys import *

data = [1, 2, 3]
print(getrefcount(data))
other = data
print(getrefcount(data))
print(getsizeof([]), getsizeof(()))
print(getrecursionlimit())
