class HashTable:
    def __init__(self, size=8):
        self.buckets = [[] for _ in range(size)]
        self.count = 0

    def _bucket(self, key):
        return self.buckets[hash(key) % len(self.buckets)]

    def put(self, key, value):
        b = self._bucket(key)
        for i, (k, _) in enumerate(b):
            if k == key:
                b[i] = (key, value)
                return
        b.append((key, value))
        self.count += 1
        if self.count > len(self.buckets) * 0.75:
            self._grow()

    def get(self, key, default=None):
        for k, v in self._bucket(key):
            if k == key:
                return v
        return default

    def _grow(self):
        old = [pair for b in self.buckets for pair in b]
        self.buckets = [[] for _ in range(len(self.buckets) * 2)]
        self.count = 0
        for k, v in old:
            self.put(k, v)

    def load(self):
        return [len(b) for b in self.buckets]

t = HashTable(4)
for i in range(10):
    t.put(i * 7, i)
print(len(t.buckets), t.count, t.load())
print(t.get(21), t.get(22, "missing"))
t.put(21, "three")
print(t.get(21), t.count)
