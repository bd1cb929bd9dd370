# A list made with * holds exactly its items.
import sys
print(sys.getsizeof([0] * 5))
print(sys.getsizeof([None] * 100))
