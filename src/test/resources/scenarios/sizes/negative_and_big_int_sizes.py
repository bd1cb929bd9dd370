# Negative ints take as many digits as their absolute value.
import sys
print(sys.getsizeof(-1073741823), sys.getsizeof(-1073741824))
print(sys.getsizeof(123456789012345678901234567890))
