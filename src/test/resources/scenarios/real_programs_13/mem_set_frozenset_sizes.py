import sys

s = set()
last = sys.getsizeof(s)
print("empty set:", last)
for i in range(40):
    s.add(i)
    now = sys.getsizeof(s)
    if now != last:
        print(f"set grew at {len(s)} items: {now}")
        last = now
fs = frozenset(range(40))
print("frozenset of 40:", sys.getsizeof(fs))
print("set(range(40)):", sys.getsizeof(set(range(40))))
print("empty frozenset:", sys.getsizeof(frozenset()))
for i in range(35):
    s.discard(i)
print("after discards:", len(s), sys.getsizeof(s))
print("rebuilt:", sys.getsizeof(set(s)))
