import sys

lst = []
last = sys.getsizeof(lst)
print(f"len={0:>3} size={last}")
for i in range(64):
    lst.append(i)
    size = sys.getsizeof(lst)
    if size != last:
        print(f"len={len(lst):>3} size={size} (+{(size - last) // 8} slots)")
        last = size
print("from list():", sys.getsizeof(list(range(10))), "from literal:", sys.getsizeof([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]))
print("comprehension:", sys.getsizeof([i for i in range(10)]), "multiplied:", sys.getsizeof([0] * 10))
while len(lst) > 5:
    lst.pop()
print("after pops:", len(lst), sys.getsizeof(lst))
d = {}
prev = sys.getsizeof(d)
for i in range(30):
    d[i] = i
    s = sys.getsizeof(d)
    if s != prev:
        print(f"dict len {len(d):>2}: {s}")
        prev = s
s = set()
p = sys.getsizeof(s)
for i in range(40):
    s.add(i)
    if sys.getsizeof(s) != p:
        p = sys.getsizeof(s)
        print(f"set len {len(s):>2}: {p}")
