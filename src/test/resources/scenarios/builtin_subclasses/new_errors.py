# Errors CPython raises around int.__new__ and friends.
class Money(int):
    pass


class Word(str):
    pass


for bad in (lambda: int.__new__(5), lambda: int.__new__(Word, 5), lambda: Money("abc"), lambda: Money(1, 2, 3),
            lambda: object.__new__(Money)):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(int.__new__(Money, "12"), type(int.__new__(Money, "12")).__name__, int.__new__(int, 7))
print(Money("ff", 16), Money(), Word(), repr(Word()), Word(42), tuple.__new__(tuple, "ab"))
try:
    class Wide(int):
        __slots__ = ("a",)
except TypeError as e:
    print("TypeError:", e)
