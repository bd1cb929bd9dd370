# Reference counts of int, str, float and tuple subclass instances held in several places.
import sys


class I(int):
    pass


class S(str):
    pass


class F(float):
    pass


class T(tuple):
    pass


values = [I(1000), S("word"), F(0.5), T((1, 2))]
for v in values:
    print(type(v).__name__, sys.getrefcount(v))
holder = {"i": values[0], "t": values[3]}
alias = values[1]
print([sys.getrefcount(v) for v in values])
del holder, alias
print([sys.getrefcount(v) for v in values])
print(sys.getrefcount(I), sys.getrefcount(T))
