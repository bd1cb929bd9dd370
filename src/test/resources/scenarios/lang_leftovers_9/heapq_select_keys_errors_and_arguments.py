import gc, heapq, sys
def bad(x):
    if x == 4:
        raise ValueError('four')
    return x
try:
    heapq.nsmallest(2, [1, 2, 3, 4, 5], key=bad)
except ValueError as e:
    print('caught', e, e.__traceback__.tb_next is not None)
gc.collect()
try:
    heapq.nlargest(2, [1, 2, 3, 4, 5], key=bad)
except ValueError as e:
    print('caught', e)
print(gc.get_count())
x = object()
r = heapq.nsmallest(3, [x, x], key=id)
print(sys.getrefcount(x))
gc.collect()
print(heapq.nsmallest(2, [10**20, 10**21, 10**22, 10**23], key=lambda v: (print(sys.getrefcount(v)), v)[1]), gc.get_count())
print(heapq.nsmallest(2, [3, 1, 2], None), heapq.nlargest(2, 'hello', str.upper))
for call in (lambda: heapq.nsmallest(2, [1, 2], foo=1), lambda: heapq.nsmallest(2),
             lambda: heapq.nsmallest('a', [1, 2]), lambda: heapq.nlargest(2.5, iter([1, 2, 3]))):
    try:
        call()
    except TypeError as e:
        print(e)
print(heapq.nsmallest.__name__, heapq.nlargest.__module__, type(heapq.nsmallest).__name__)
gc.collect(); print(heapq.nlargest(2, {'b': 2, 'a': 1, 'c': 3}.items(), key=lambda kv: kv[1]), gc.get_count())
gc.collect(); print(heapq.nsmallest(3, range(10, 0, -1)), gc.get_count())
