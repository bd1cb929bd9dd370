# Classes without __copy__/__deepcopy__ are still copied; builtins never ask for the methods.
import copy
import sys

class Plain:
    def __init__(self):
        self.items = [1, 2]

p = Plain()
s = copy.copy(p)
d = copy.deepcopy(p)
print(s.items is p.items, d.items is p.items, hasattr(p, "__copy__"), hasattr(p, "__deepcopy__"))
print(sys.getrefcount(p.items))
nums = [1, [2, 3]]
print(copy.copy(nums)[1] is nums[1], copy.deepcopy(nums)[1] is nums[1])
print(copy.deepcopy((1, "a")) is not None, sys.getrefcount(nums[1]))
