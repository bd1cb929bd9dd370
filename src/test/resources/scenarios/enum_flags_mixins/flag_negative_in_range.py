from enum import Flag


class Perm(Flag):
    R = 4
    W = 2
    X = 1


print(repr(Perm(-1)), repr(Perm(-3)), Perm(-1) is Perm(7))
print(str(Perm(-1)), list(Perm(-2)), len(Perm(-1)))
try:
    Perm(8)
except ValueError as e:
    print("ValueError:", e)
