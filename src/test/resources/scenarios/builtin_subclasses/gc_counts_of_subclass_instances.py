# gc.get_count() while making instances of builtin subclasses.
import gc


class Word(str):
    pass


class Num(int):
    pass


class Pair(tuple):
    __slots__ = ()


gc.collect()
print(gc.get_count())
w = Word("abc")
print(gc.get_count())
n = Num(10 ** 30)
print(gc.get_count())
p = Pair([1, 2])
print(gc.get_count())
items = [Num(i) for i in range(5)]
print(gc.get_count())
del items
print(gc.get_count())
del w, n, p
print(gc.get_count())
