# A deque with maxlen=0 throws every item away at once.
import sys
from collections import deque
class T:
    def __del__(self):
        print("freed")
d = deque(maxlen=0)
d.append(T())
print(len(d), d)
d.extend([1, 2, 3])
print(len(d), sys.getsizeof(d))
