import sys
from enum import Flag, auto

class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()

a = Perm.R | Perm.W
b = Perm.W | Perm.R
print(a is b, Perm(3) is a)
print(sys.getrefcount(a))
print(a in Perm, Perm.R in Perm)
print(sys.getrefcount(Perm.R), sys.getrefcount(Perm))
