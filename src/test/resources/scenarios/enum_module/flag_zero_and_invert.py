from enum import Flag, auto

class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()

none = Perm(0)
print(none, repr(none), none.name, bool(none))
print(Perm.R & Perm.W)
print(~Perm.R, repr(~Perm.W))
print(~Perm.R is ~Perm.R)
print(~(Perm.R | Perm.W))
