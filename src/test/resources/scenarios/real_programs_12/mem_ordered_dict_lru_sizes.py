from collections import OrderedDict, deque
import sys


class BoundedHistory:
    def __init__(self, limit):
        self.items = deque(maxlen=limit)

    def record(self, x):
        self.items.append(x)

    def __repr__(self):
        return f"History({list(self.items)})"


h = BoundedHistory(3)
for cmd in ["ls", "cd /", "pwd", "echo hi", "exit"]:
    h.record(cmd)
print(h, h.items.maxlen)
cache = OrderedDict()
for key in "abcabdae":
    if key in cache:
        cache.move_to_end(key)
        cache[key] += 1
    else:
        cache[key] = 1
        if len(cache) > 3:
            print("evict", cache.popitem(last=False))
print(cache)
print(sys.getsizeof(deque()), sys.getsizeof(deque(range(100))))
