# CS2: a hash table with separate chaining and resizing, written by hand with integer keys and
# string keys hashed by a polynomial (so the layout does not depend on PYTHONHASHSEED).
def poly_hash(key):
    if isinstance(key, int):
        return key
    h = 0
    for ch in key:
        h = (h * 31 + ord(ch)) % (2 ** 32)
    return h


class HashMap:
    def __init__(self, capacity=4):
        self.buckets = [[] for _ in range(capacity)]
        self.size = 0
        self.resizes = 0

    def _bucket(self, key):
        return self.buckets[poly_hash(key) % len(self.buckets)]

    def put(self, key, value):
        b = self._bucket(key)
        for pair in b:
            if pair[0] == key:
                pair[1] = value
                return
        b.append([key, value])
        self.size += 1
        if self.size / len(self.buckets) > 0.75:
            self._resize()

    def get(self, key, default=None):
        for k, v in self._bucket(key):
            if k == key:
                return v
        return default

    def delete(self, key):
        b = self._bucket(key)
        for i, (k, _) in enumerate(b):
            if k == key:
                del b[i]
                self.size -= 1
                return True
        return False

    def _resize(self):
        old = self.buckets
        self.buckets = [[] for _ in range(len(old) * 2)]
        self.size = 0
        self.resizes += 1
        for b in old:
            for k, v in b:
                self.put(k, v)

    def __len__(self):
        return self.size

    def dump(self):
        for i, b in enumerate(self.buckets):
            print(f"  [{i:>2}] " + " ".join(f"{k}={v}" for k, v in b))


m = HashMap()
for word in "apple banana cherry date elder fig grape".split():
    m.put(word, len(word))
m.put(42, "answer")
m.put("apple", 99)
print(len(m), len(m.buckets), m.resizes)
m.dump()
print(m.get("fig"), m.get("kiwi", "?"), m.get(42), m.delete("date"), m.delete("date"), len(m))
longest = max(m.buckets, key=len)
print("longest chain:", len(longest), [k for k, _ in longest])
print(poly_hash("abc"), poly_hash("acb"), poly_hash(""))
