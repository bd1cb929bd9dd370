# An immutable record's __deepcopy__ returns self: copy.py does not memoize an object that is its own copy.
import copy
import sys

class Colour:
    def __init__(self, name):
        self.name = name

    def __deepcopy__(self, memo):
        return self

red = Colour("red")
memo = {}
palette = [red, red, [red]]
dup = copy.deepcopy(palette, memo)
print(dup[0] is red, dup[2][0] is red, dup is palette)
print(len(memo), id(red) in memo, id(palette) in memo)
print(len(memo[id(memo)]), sys.getrefcount(red))
del memo
print(sys.getrefcount(red))
