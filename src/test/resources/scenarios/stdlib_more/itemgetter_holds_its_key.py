# an itemgetter holds its one key itself, or the whole argument tuple when there are several; freeing the getter frees them
import sys
import gc

from operator import itemgetter

class Key:
    def __init__(self, name):
        self.name = name
    def __hash__(self):
        return hash(self.name)
    def __eq__(self, other):
        return self.name == other.name
    def __del__(self):
        print("freed key", self.name)

k = Key("id")
print("alone", sys.getrefcount(k))
g = itemgetter(k)
print("held by getter", sys.getrefcount(k))
print(g({k: 42}))
k2 = Key("name")
g2 = itemgetter(k, k2)
print("two getters", sys.getrefcount(k), sys.getrefcount(k2))
print(g2({Key("id"): 1, Key("name"): "x"}))
del k, k2
print("names deleted")
del g
print("first getter deleted")
del g2
print("end")
