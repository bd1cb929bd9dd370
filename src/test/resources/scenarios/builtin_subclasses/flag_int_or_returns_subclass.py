# Permission flags: | and & keep the subclass, other operators give plain ints.
class Perm(int):
    def __or__(self, other):
        return Perm(int(self) | int(other))

    __ror__ = __or__

    def __and__(self, other):
        return Perm(int(self) & int(other))

    def __repr__(self):
        names = [n for n, bit in (("r", 4), ("w", 2), ("x", 1)) if int(self) & bit]
        return "Perm(" + ("".join(names) or "-") + ")"


R, W, X = Perm(4), Perm(2), Perm(1)
rw = R | W
print(rw, rw & W, rw & X, 1 | R, type(1 | R).__name__)
print(rw + 1, type(rw + 1).__name__, rw << 1, bool(rw & X))
mode = Perm(0)
for p in (R, X):
    mode |= p
print(mode, int(mode), oct(mode))
