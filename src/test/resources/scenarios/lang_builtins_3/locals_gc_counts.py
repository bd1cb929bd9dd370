# The f_locals dict is one allocation; refreshing it deletes the unbound names, and each name
# that was never there raises and clears a KeyError whose argument tuple gc.get_count() sees.
import gc
import sys


def only_bound():
    gc.collect()
    x = 1
    locals()
    print(gc.get_count())


def one_unbound():
    gc.collect()
    d = locals()
    print(gc.get_count(), gc.is_tracked(d), sys.getsizeof(d), len(d))


def two_unbound():
    gc.collect()
    d = locals()
    d2 = locals()
    print(gc.get_count(), d is d2)


def tracking():
    n = 5
    d = locals()
    print(gc.is_tracked(d), sys.getsizeof(d))
    items = [n]
    locals()
    print(gc.is_tracked(d), sys.getsizeof(d), sorted(d))


only_bound()
one_unbound()
two_unbound()
tracking()
