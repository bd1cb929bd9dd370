# Appending to a list built from a display of constants over-allocates from its even capacity.
import sys
a = [1, 2, 3]
print(sys.getsizeof(a))
a.append(4)
print(sys.getsizeof(a))
a.append(5)
print(sys.getsizeof(a))
