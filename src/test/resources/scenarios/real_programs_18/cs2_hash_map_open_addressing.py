# CS2: a hash map with linear probing, resizing and tombstones.
class HashMap:
    _DELETED = object()

    def __init__(self, capacity=8):
        self._slots = [None] * capacity
        self._size = 0
        self.probes = 0

    def _find(self, key):
        i = hash(key) % len(self._slots)
        first_free = None
        while True:
            self.probes += 1
            slot = self._slots[i]
            if slot is None:
                return (first_free if first_free is not None else i), False
            if slot is HashMap._DELETED:
                if first_free is None:
                    first_free = i
            elif slot[0] == key:
                return i, True
            i = (i + 1) % len(self._slots)

    def __setitem__(self, key, value):
        if (self._size + 1) * 3 > len(self._slots) * 2:
            self._resize(len(self._slots) * 2)
        i, found = self._find(key)
        if not found:
            self._size += 1
        self._slots[i] = (key, value)

    def __getitem__(self, key):
        i, found = self._find(key)
        if not found:
            raise KeyError(key)
        return self._slots[i][1]

    def __delitem__(self, key):
        i, found = self._find(key)
        if not found:
            raise KeyError(key)
        self._slots[i] = HashMap._DELETED
        self._size -= 1

    def _resize(self, capacity):
        old = [s for s in self._slots if s is not None and s is not HashMap._DELETED]
        self._slots = [None] * capacity
        self._size = 0
        for k, v in old:
            self[k] = v

    def __len__(self):
        return self._size

    def items(self):
        return [s for s in self._slots if s is not None and s is not HashMap._DELETED]

m = HashMap()
for i, word in enumerate("alpha beta gamma delta epsilon zeta eta theta iota".split()):
    m[i * 7] = word
print(len(m), len(m._slots), m[14], m[56])
del m[14]
print(len(m), 14 in [k for k, _ in m.items()])
try:
    m[14]
except KeyError as e:
    print("KeyError:", e)
m[14] = "again"
print(m[14], sorted(k for k, _ in m.items()))
print(m.probes > 0, sum(1 for s in m._slots if s is HashMap._DELETED))
