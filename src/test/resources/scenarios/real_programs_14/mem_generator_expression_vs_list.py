import gc
import sys


def squares_list(n):
    return [i * i for i in range(n)]


def squares_gen(n):
    return (i * i for i in range(n))


gc.collect()
lst = squares_list(1000)
gen = squares_gen(1000)
print("list size:", sys.getsizeof(lst))
print("gen is small:", sys.getsizeof(gen) < 300)
print("sum both:", sum(lst), sum(gen))
print("gen exhausted:", list(gen))
print("tracked:", gc.is_tracked(lst), gc.is_tracked(gen))
evens = (x for x in lst if x % 2 == 0)
print("first three evens:", next(evens), next(evens), next(evens))
print("refcount lst:", sys.getrefcount(lst))
del evens
print("refcount lst after del:", sys.getrefcount(lst))
total = 0
for chunk_start in range(0, 1000, 250):
    total += sum(lst[chunk_start:chunk_start + 250])
print("chunked total:", total)
del lst, gen
print("collected:", gc.collect())
