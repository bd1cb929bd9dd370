# Floats are 24 bytes; True and False are ints of 28 bytes; None is 16.
import sys
print(sys.getsizeof(1.5))
print(sys.getsizeof(0.0))
print(sys.getsizeof(True))
print(sys.getsizeof(False))
print(sys.getsizeof(None))
