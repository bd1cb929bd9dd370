# list(range(n)) preallocates an even capacity; a comprehension grows by appends; list(range(0)) is empty.
import sys
print(sys.getsizeof(list(range(10))))
print(sys.getsizeof([i for i in range(10)]))
print(sys.getsizeof(list(range(0))))
