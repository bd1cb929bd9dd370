# sys.getsizeof of int and float subclass instances, with a __dict__ or with __slots__ = ().
import sys


class WithDict(int):
    pass


class NoDict(int):
    __slots__ = ()


class FloatDict(float):
    pass


class FloatSlots(float):
    __slots__ = ()


class FloatOneSlot(float):
    __slots__ = ("unit",)


for n in (0, 1, 2 ** 30, 2 ** 60, -7, 10 ** 40):
    print(n, sys.getsizeof(n), sys.getsizeof(WithDict(n)), sys.getsizeof(NoDict(n)))
print(sys.getsizeof(1.5), sys.getsizeof(FloatDict(1.5)), sys.getsizeof(FloatSlots(1.5)), sys.getsizeof(FloatOneSlot(1.5)))
w = WithDict(5)
w.note = "x"
print(sys.getsizeof(w), sys.getsizeof(w.__dict__))
f = FloatOneSlot(2.0)
f.unit = "m"
print(f, f.unit, sys.getsizeof(f))
try:
    NoDict(3).note = "x"
except AttributeError as e:
    print("AttributeError:", e)
