# an LRU cache implemented with OrderedDict
from collections import OrderedDict
class LRUCache:
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = OrderedDict()
        self.hits = self.misses = 0
    def get(self, key):
        if key not in self.data:
            self.misses += 1
            return -1
        self.hits += 1
        self.data.move_to_end(key)
        return self.data[key]
    def put(self, key, value):
        if key in self.data:
            self.data.move_to_end(key)
        self.data[key] = value
        if len(self.data) > self.capacity:
            old, _ = self.data.popitem(last=False)
            print("evict", old)
c = LRUCache(2)
c.put(1, "a"); c.put(2, "b")
print(c.get(1))
c.put(3, "c")
print(c.get(2), c.get(3), list(c.data.items()))
print(f"hits={c.hits} misses={c.misses} ratio={c.hits / (c.hits + c.misses):.1%}")
