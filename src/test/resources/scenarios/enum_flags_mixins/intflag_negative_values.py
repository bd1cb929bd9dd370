from enum import IntFlag


class Perm(IntFlag):
    R = 4
    W = 2
    X = 1


print(repr(Perm(-1)), repr(Perm(-2)), repr(Perm(-5)), repr(Perm(-8)))
print(Perm(-1) is Perm(7), Perm(-1) is Perm.R | Perm.W | Perm.X)
print(repr(Perm(-9)), repr(Perm(-20)))
print(repr(~Perm.R), ~Perm.R is Perm.W | Perm.X, repr(~Perm(7)))
print(int(~Perm.W), -Perm.W)
