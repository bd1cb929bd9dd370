# the K objects cmp_to_key makes: 48 bytes, tracked, each holding the function and its object; compared with the function's result against 0, CPython's errors, unhashable
import sys
import gc
import functools

def numeric(a, b):
    print("numeric", sys.getrefcount(a))
    return a[0] - b[0]

K = functools.cmp_to_key(numeric)
box = [5]
k = K(box)
print(sys.getsizeof(k), gc.is_tracked(k), k.obj, K.obj)
print("box refcount", sys.getrefcount(box))
print("function refcount", sys.getrefcount(numeric))
print(k < K([7]), k > K([7]), k == K([5]), k != K([5]), k <= K([4]))
for attempt in [lambda: functools.cmp_to_key(), lambda: K(), lambda: K(1, 2), lambda: k < [5], lambda: hash(k)]:
    try:
        attempt()
    except TypeError as e:
        print("TypeError:", e)
del k
print("box refcount after del", sys.getrefcount(box))
gc.collect()
before = gc.get_count()
keys = [K(box), K(box)]
after = gc.get_count()
print(before, after)
