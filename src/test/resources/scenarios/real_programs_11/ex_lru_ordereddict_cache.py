from collections import OrderedDict

class LRUCache:
    def __init__(self, capacity: int):
        self.capacity = capacity
        self.data: OrderedDict[str, int] = OrderedDict()

    def get(self, key):
        if key not in self.data:
            return -1
        self.data.move_to_end(key)
        return self.data[key]

    def put(self, key, value):
        if key in self.data:
            self.data.move_to_end(key)
        self.data[key] = value
        if len(self.data) > self.capacity:
            evicted = self.data.popitem(last=False)
            print(f"  evicted {evicted}")

cache = LRUCache(3)
ops = [("put", "a", 1), ("put", "b", 2), ("put", "c", 3), ("get", "a"),
       ("put", "d", 4), ("get", "b"), ("put", "e", 5), ("get", "c"), ("get", "a")]
for op, *args in ops:
    if op == "put":
        cache.put(*args)
        print(f"put{tuple(args)} -> {list(cache.data.items())}")
    else:
        print(f"get({args[0]!r}) = {cache.get(args[0])}")
