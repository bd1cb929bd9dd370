# Inside a special method self is held by the name, the operand on the stack, the frame and getrefcount.
import sys
class P:
    def __len__(self):
        print("len", sys.getrefcount(self))
        return 3
    def __repr__(self):
        print("repr", sys.getrefcount(self))
        return "P()"
    def __eq__(self, other):
        print("eq", sys.getrefcount(self), sys.getrefcount(other))
        return True
    def __getitem__(self, key):
        print("getitem", sys.getrefcount(self), sys.getrefcount(key))
        return key
    def __add__(self, other):
        print("add", sys.getrefcount(self))
        return 5
p = P()
x = [1, 2]
print(len(p))
print(repr(p))
print(p == x)
print(p[x])
print(p + 1)
