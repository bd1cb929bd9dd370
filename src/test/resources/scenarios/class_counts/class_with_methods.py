# Each method is one function object more; the class statement's own objects stay the same.
import gc

gc.collect()
before = gc.get_count()[0]


class One:
    def first(self):
        return 1


after = gc.get_count()[0]
print("one method:", after - before)

before = gc.get_count()[0]


class Three:
    def __init__(self, x):
        self.x = x

    def get(self):
        return self.x

    def __repr__(self):
        return f"Three({self.x})"


after = gc.get_count()[0]
print("three methods:", after - before)

before = gc.get_count()[0]


class WithEq:
    def __eq__(self, other):
        return True


after = gc.get_count()[0]
print("__eq__ without __hash__:", after - before, WithEq.__hash__)
t = Three(5)
print(t, gc.get_count())
