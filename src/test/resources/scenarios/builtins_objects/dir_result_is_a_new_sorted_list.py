# dir() returns a new list each time; its strings are the attribute names
import sys
class A:
    def m(self):
        pass
a = A()
a.z = 1
a.b = 2
names = dir(a)
print(type(names) is list, names == sorted(names), names is dir(a), sys.getrefcount(names))
print(names[-3:])
