import array
import sys

# A list holds pointers to int objects; an array holds the raw C ints.
for n in [0, 1, 10, 100, 1000]:
    numbers = list(range(n))
    compact = array.array('i', numbers)
    list_total = sys.getsizeof(numbers) + sum(sys.getsizeof(x) for x in numbers)
    print(n, sys.getsizeof(numbers), list_total, sys.getsizeof(compact))
