import sys
from array import array

print(f"{'n':>5} {'list':>6} {'tuple':>6} {'array':>6} {'range':>6} {'gen':>5}")
for n in (0, 1, 5, 10, 100, 1000):
    lst = list(range(n))
    tup = tuple(lst)
    arr = array('i', lst)
    rng = range(n)
    gen = (x for x in lst)
    print(f"{n:>5} {sys.getsizeof(lst):>6} {sys.getsizeof(tup):>6} "
          f"{sys.getsizeof(arr):>6} {sys.getsizeof(rng):>6} {sys.getsizeof(gen):>5}")

squares_list = [i * i for i in range(500)]
squares_gen = (i * i for i in range(500))
print("list comprehension is bigger:", sys.getsizeof(squares_list) > sys.getsizeof(squares_gen))
print("sum equal:", sum(squares_list) == sum(squares_gen))
print("exhausted generator sum:", sum(squares_gen))
