# from gc import * in a cycle demo
import sys
from gc import *

class Node:
    def __init__(self):
        self.other = None

a = Node()
b = Node()
a.other = b
b.other = a
print(sys.getrefcount(a))
del a, b
print(collect())
print(isenabled(), get_threshold())
print(get_count())
