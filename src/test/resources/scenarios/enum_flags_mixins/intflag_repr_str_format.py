from enum import IntFlag


class Perm(IntFlag):
    R = 4
    W = 2
    X = 1


rw = Perm.R | Perm.W
print(repr(Perm.R), str(Perm.R), f"{Perm.R}", format(Perm.R))
print(repr(rw), str(rw), f"{rw}", f"{rw!r}", f"{rw!s}")
print(f"{rw:>5}|", f"{rw:03d}", f"{rw:b}", f"{rw:x}", "%d" % rw, "%s" % rw)
print(rw)
print(repr(Perm(0)), str(Perm(0)), Perm(0))
print(rw.name, rw.value, Perm(0).name)
print([repr(p) for p in (Perm.R | Perm.X, Perm.W ^ Perm.X, rw & Perm.W)])
