# Lists made with + and * are sized exactly.
import sys
a = [1, 2, 3]
print(sys.getsizeof(a + a), sys.getsizeof(a * 3), sys.getsizeof(a + []))
