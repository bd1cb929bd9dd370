# What a UserDict holds: its data dict, and a cycle through a subclass with __del__.
import sys
import weakref
from collections import UserDict, UserList


class Registry(UserDict):
    def __del__(self):
        print("registry gone with", len(self.data), "entries")


reg = Registry(first=1)
print(sys.getrefcount(reg), sys.getrefcount(reg.data))
alias = reg
print(sys.getrefcount(reg))
del alias
inner = reg.data
print(sys.getrefcount(inner), inner is reg.data)
del inner
print(sys.getrefcount(UserDict), sys.getrefcount(UserList))

value = ["payload"]
reg["item"] = value
print(sys.getrefcount(value))
copied = reg.copy()
print(sys.getrefcount(value), copied.data is reg.data, type(copied).__name__)
del copied
print(sys.getrefcount(value))

watch = weakref.ref(reg)
reg["self"] = reg
print(sys.getrefcount(reg), watch() is reg)
del reg["self"]
print(sys.getrefcount(reg))
del reg
print("alive?", watch() is not None)
print(sys.getrefcount(value))


class Stack(UserList):
    def push(self, item):
        self.append(item)
        return self


s = Stack().push(1).push(2)
print(s, sys.getrefcount(s), sys.getrefcount(s.data))
top = s.pop()
print(top, s, isinstance(s, UserList))
