import gc
from functools import partial, reduce
from itertools import islice, count, takewhile, dropwhile, starmap, cycle, repeat


def scale(factor, x):
    return factor * x


gc.collect()
double = partial(scale, 2)
triple = partial(scale, factor=3)
print([double(x) for x in range(5)], [triple(x=x) for x in range(3)])
evens = islice(count(0, 2), 6)
print("evens:", list(evens))
print("small squares:", list(takewhile(lambda n: n < 50, (i * i for i in count(1)))))
print("after 3:", list(dropwhile(lambda n: n < 3, [1, 2, 3, 4, 1])))
print("powers:", list(starmap(pow, [(2, 5), (3, 2), (10, 3)])))
print("dealer:", list(islice(cycle("NESW"), 6)), list(repeat(0, 3)))
print("product:", reduce(lambda a, b: a * b, range(1, 8)))
print("count:", gc.get_count())
