# The PRECALL of `convert(value)` specializes for the first callable it meets once quickened.
# float makes it PRECALL_BUILTIN_CLASS, so str misses 53 times, then waits 31 runs before it
# specializes again; int cannot be specialized, so the site backs off (1, 3, 7, 15... runs).
import sys


class Amount:
    def __str__(self):
        return str(sys.getrefcount(self))

    def __float__(self):
        return 1.5

    def __int__(self):
        return 1


def apply(convert, value):
    return convert(value)


def apply_again(convert, value):
    return convert(value)


a = Amount()
for _ in range(20):
    apply(float, a)
texts = [apply(str, a) for _ in range(100)]
print(texts.count("6"), "generic, then", texts.count("5"), "specialized")
print(texts.index("5"))

for _ in range(20):
    apply_again(int, a)
texts = [apply_again(str, a) for _ in range(30)]
print(texts)
