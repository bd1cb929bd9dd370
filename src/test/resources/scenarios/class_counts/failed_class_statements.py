# Class statements that fail: no consistent MRO or a base written twice (CPython runs the body
# first, then type_new fails), a body that raises, a base hook that raises, keywords nobody takes.
import gc


class A:
    pass


class B(A):
    pass


class Hook:
    def __init_subclass__(cls):
        raise ValueError("no subclasses")


gc.collect()
print(gc.get_count())
try:
    class Bad(A, B):
        print("the body runs before the MRO error")

        def method(self):
            pass
except TypeError as e:
    print(e)
print(gc.get_count())
gc.collect()
try:
    class Twice(A, A):
        print("the body runs before the duplicate base error")
except TypeError as e:
    print(e)
print(gc.get_count())
gc.collect()
try:
    class Boom:
        x = 1 / 0
except ZeroDivisionError as e:
    print(e)
print(gc.get_count())
gc.collect()
try:
    class H(Hook):
        pass
except ValueError as e:
    print(e)
print(gc.get_count())
gc.collect()
try:
    class K(kw=1):
        pass
except TypeError as e:
    print(e)
print(gc.get_count())
for i in range(3):
    class Loop(A):
        __slots__ = ["x"]
    print(gc.get_count())
