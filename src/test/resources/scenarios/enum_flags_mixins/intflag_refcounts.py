import sys
from enum import IntFlag


class Perm(IntFlag):
    R = 4
    W = 2
    X = 1


print(sys.getrefcount(Perm.R), sys.getrefcount(Perm))
rw = Perm.R | Perm.W
print(sys.getrefcount(rw))
again = Perm.R | Perm.W
print(again is rw, sys.getrefcount(rw))
del again
print(sys.getrefcount(rw))
perms = [Perm.R, Perm.R, rw]
print(sys.getrefcount(Perm.R), sys.getrefcount(rw))
print(sys.getsizeof(Perm.R), sys.getsizeof(rw), sys.getsizeof(Perm(0)))
