class Node:
    __slots__ = ("key", "value", "prev", "next")

    def __init__(self, key=None, value=None):
        self.key = key
        self.value = value
        self.prev = None
        self.next = None


class LRUCache:
    def __init__(self, capacity):
        self.capacity = capacity
        self.map = {}
        self.head = Node()
        self.tail = Node()
        self.head.next = self.tail
        self.tail.prev = self.head
        self.hits = self.misses = 0

    def _unlink(self, node):
        node.prev.next = node.next
        node.next.prev = node.prev

    def _push_front(self, node):
        node.next = self.head.next
        node.prev = self.head
        self.head.next.prev = node
        self.head.next = node

    def get(self, key, default=None):
        node = self.map.get(key)
        if node is None:
            self.misses += 1
            return default
        self.hits += 1
        self._unlink(node)
        self._push_front(node)
        return node.value

    def put(self, key, value):
        node = self.map.get(key)
        if node is not None:
            node.value = value
            self._unlink(node)
            self._push_front(node)
            return
        if len(self.map) == self.capacity:
            lru = self.tail.prev
            self._unlink(lru)
            del self.map[lru.key]
            print(f"  evict {lru.key!r}")
        node = Node(key, value)
        self.map[key] = node
        self._push_front(node)

    def keys(self):
        node = self.head.next
        while node is not self.tail:
            yield node.key
            node = node.next

    def __len__(self):
        return len(self.map)

    def __repr__(self):
        items = ", ".join(f"{k}={self.map[k].value}" for k in self.keys())
        return f"LRU[{items}]"


cache = LRUCache(3)
for k, v in [("a", 1), ("b", 2), ("c", 3)]:
    cache.put(k, v)
print(cache)
print(cache.get("a"))
cache.put("d", 4)
print(cache)
print(cache.get("b", "missing"))
cache.put("c", 30)
cache.put("e", 5)
print(cache, len(cache))
print(list(cache.keys()))
print(f"hits={cache.hits} misses={cache.misses}")

def slow_square(n, _cache=LRUCache(2)):
    hit = _cache.get(n)
    if hit is not None:
        return hit
    print(f"  computing {n}")
    _cache.put(n, n * n)
    return n * n

for n in [2, 3, 2, 4, 3, 2]:
    print(n, slow_square(n))
