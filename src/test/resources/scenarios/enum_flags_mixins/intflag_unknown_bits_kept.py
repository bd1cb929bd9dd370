from enum import IntFlag


class Perm(IntFlag):
    R = 4
    W = 2
    X = 1


for value in [8, 9, 12, 15, 16, 31]:
    p = Perm(value)
    print(value, repr(p), str(p), p.name, len(p), list(p))
print(repr(Perm.R | 8), repr(Perm(8) | Perm.X))
print(Perm(12) is Perm(12), Perm(8) is Perm(8))
