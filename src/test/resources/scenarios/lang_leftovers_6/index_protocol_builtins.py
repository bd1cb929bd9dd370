# Builtins that take an integer accept an object with __index__: range(), hex/bin/oct, chr,
# operator.index (which returns the very int __index__ returned), enumerate's start, round's ndigits.
import operator
import sys


class Num:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


print(list(range(Num(4))), list(range(Num(2), Num(11), Num(3))))
r = range(Num(5))
print(r, len(r), Num(3) in r)
print(hex(Num(255)).upper(), bin(Num(-5)), oct(Num(64)), chr(Num(9731)))
big = 2 ** 70
n = Num(big)
i = operator.index(n)
print(i is big, sys.getrefcount(big))
del i
print(sys.getrefcount(big))
print(operator.index(7), operator.index(True), type(operator.index(True)))
print(list(enumerate("abc", Num(10))))
print(round(3.14159, Num(2)), round(1234, Num(-2)), round(2.5, Num(0)))
try:
    operator.index("3")
except TypeError as e:
    print("TypeError", e)
try:
    hex(3.0)
except TypeError as e:
    print("TypeError", e)
