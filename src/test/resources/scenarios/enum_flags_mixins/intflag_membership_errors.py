from enum import IntFlag


class Perm(IntFlag):
    R = 4
    W = 2
    X = 1


rw = Perm.R | Perm.W
try:
    print(4 in rw)
except TypeError as e:
    print("TypeError:", e)
try:
    print(Perm.R in Perm)
except TypeError as e:
    print("TypeError:", e)
print(Perm["W"], Perm(2), Perm(Perm.X) is Perm.X)
try:
    Perm["Z"]
except KeyError as e:
    print("KeyError:", e)
print(Perm(2.0) if False else Perm(True))
