# sys.getsizeof calls __sizeof__ and adds the garbage collector's header
# for objects the collector tracks.
import sys


class Blob:
    def __init__(self, n):
        self.data = [0] * n

    def __sizeof__(self):
        return object.__sizeof__(self) + sys.getsizeof(self.data)


class Tiny:
    __slots__ = ()


b = Blob(10)
print("Blob __sizeof__:", b.__sizeof__())
print("getsizeof(Blob):", sys.getsizeof(b))
print("difference:", sys.getsizeof(b) - b.__sizeof__())
t = Tiny()
print("Tiny:", t.__sizeof__(), sys.getsizeof(t))
for sample in [[], 5, "ab", (1, 2), {}]:
    print("%-5s own %3d  with header %3d" % (type(sample).__name__, sample.__sizeof__(), sys.getsizeof(sample)))
print("the default is ignored when __sizeof__ works:", sys.getsizeof(object(), 999) == sys.getsizeof(object()))


class Negative:
    def __sizeof__(self):
        return -5


class Wordy:
    def __sizeof__(self):
        return "big"


for cls in (Negative, Wordy):
    try:
        sys.getsizeof(cls())
    except (ValueError, TypeError) as e:
        print(cls.__name__, type(e).__name__, e)
