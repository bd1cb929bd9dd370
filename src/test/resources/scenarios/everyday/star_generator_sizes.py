# A generator has no length hint: list_extend preallocates 8 (or resizes for 8 more), then trims.
import sys

def gen(n):
    for i in range(n):
        yield i

for n in (0, 1, 5, 8, 9, 20):
    print(n, sys.getsizeof([*gen(n)]), sys.getsizeof([0, *gen(n)]), sys.getsizeof([*gen(n), 0]), sys.getsizeof((*gen(n),)))
print([*gen(3), *gen(2)], (*gen(2), 9), {*gen(4)})
print(sys.getsizeof([*map(str, range(4))]), sys.getsizeof([1, *filter(None, [0, 1, 2])]))
