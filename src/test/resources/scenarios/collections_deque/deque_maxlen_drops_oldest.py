# A full deque with maxlen drops the item at the other end: it is freed right after the append.
from collections import deque
class Item:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("freed", self.n)
d = deque(maxlen=2)
for i in range(4):
    print("append", i)
    d.append(Item(i))
print([x.n for x in d], d.maxlen)
print("end")
