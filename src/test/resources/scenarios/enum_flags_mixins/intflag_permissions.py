from enum import IntFlag


class Perm(IntFlag):
    R = 4
    W = 2
    X = 1


def describe(mode):
    perm = Perm(mode)
    return "".join(flag.name.lower() if flag in perm else "-" for flag in Perm)


for mode in [7, 6, 5, 4, 0]:
    print(mode, describe(mode))
rw = Perm.R | Perm.W
print(repr(rw), str(rw), f"{rw}", format(rw))
print(rw == 6, rw + 1, isinstance(rw, int))
print(Perm.R in rw, Perm.X in rw)
