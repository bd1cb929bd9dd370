from functools import partial, reduce
import operator


def compose(*fns):
    return reduce(lambda f, g: lambda x: f(g(x)), fns, lambda x: x)


inc = partial(operator.add, 1)
dbl = partial(operator.mul, 2)
print(compose(inc, dbl)(5), compose(dbl, inc)(5), compose()(7))
int2 = partial(int, base=2)
print(int2("1011"), int2("11", base=10), int2.func.__name__, int2.args, int2.keywords)
print(reduce(operator.mul, range(1, 7)), reduce(lambda a, b: a if a > b else b, [3, 9, 2]))
print(reduce(operator.add, [], 0), reduce(lambda acc, w: acc + len(w), "a bb ccc".split(), 0))
try:
    reduce(operator.add, [])
except TypeError as e:
    print("TypeError:", e)
get_name = operator.itemgetter("name")
people = [{"name": "zoe", "age": 31}, {"name": "al", "age": 45}, {"name": "may", "age": 31}]
print(sorted(map(get_name, people)))
print([p["name"] for p in sorted(people, key=operator.itemgetter("age", "name"))])
print(list(map(operator.attrgetter("real", "imag"), [1 + 2j, 3j])))
print(operator.methodcaller("split", "-")("a-b-c"), operator.neg(5), operator.truth([]))
p3 = partial(print, sep=" | ", end=" <<\n")
p3("x", "y", "z")
print(repr(partial(max, 3))[:16])
