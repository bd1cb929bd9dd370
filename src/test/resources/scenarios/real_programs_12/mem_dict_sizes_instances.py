import sys


class Row:
    def __init__(self, a, b):
        self.a = a
        self.b = b


rows = [Row(i, i * 2) for i in range(3)]
print([sys.getsizeof(r.__dict__) for r in rows])
rows[0].c = 1
print(sys.getsizeof(rows[0].__dict__))
plain = {"a": 1, "b": 2}
print(sys.getsizeof(plain), sys.getsizeof({}))
grow = {}
last = sys.getsizeof(grow)
for i in range(50):
    grow[i] = i
    size = sys.getsizeof(grow)
    if size != last:
        print(f"resize at {len(grow)} keys: {last} -> {size}")
        last = size
for k in range(40):
    del grow[k]
print("after deleting 40:", sys.getsizeof(grow), len(grow))
print("copy shrinks:", sys.getsizeof(grow.copy()), sys.getsizeof(dict(grow)))
s = set()
sizes = []
for i in range(20):
    s.add(i)
    sizes.append(sys.getsizeof(s))
print(sorted(set(sizes)))
