import gc
import operator
from functools import partial, reduce, cmp_to_key


def power(base, exp):
    return base ** exp


def by_length_then_reverse(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a < b) - (a > b)


gc.collect()
square = partial(power, exp=2)
cube = partial(power, exp=3)
two_to = partial(power, 2)
print([square(n) for n in range(6)])
print([cube(n) for n in range(4)], [two_to(n) for n in range(8)])
print(square.func.__name__, square.args, square.keywords)
print(reduce(operator.add, ["a", "b", "c"], ">"))
print(reduce(lambda acc, x: acc * 10 + x, [4, 0, 9, 6]))
print(reduce(max, [3, 9, 2, 7]))
words = ["pear", "fig", "apple", "kiwi", "date", "plum"]
print(sorted(words, key=cmp_to_key(by_length_then_reverse)))
getter = operator.itemgetter(1, 0)
print(sorted([(1, "b"), (2, "a"), (0, "b")], key=getter))
print(list(map(operator.attrgetter("real"), [1, 2.5, 3j])))
print("count:", gc.get_count())
