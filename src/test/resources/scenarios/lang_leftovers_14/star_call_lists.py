# f(a, *rest) gathers its positional arguments in a list before the call's tuple (BUILD_LIST,
# LIST_EXTEND, LIST_TO_TUPLE); f(*t) with a tuple passes the tuple itself.
import gc


def total(*values):
    return sum(values)


base = (1, 2, 3)
extra = [10, 20]
gc.collect()
print(total(*base), gc.get_count())
print(total(0, *base), gc.get_count())
print(total(*base, *extra), gc.get_count())
print(total(*extra, 5, *base), gc.get_count())
print(max(*extra, 7), gc.get_count())
