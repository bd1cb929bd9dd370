import sys

def growth(n):
    lst = []
    sizes = []
    for i in range(n):
        before = sys.getsizeof(lst)
        lst.append(None)
        after = sys.getsizeof(lst)
        if after != before:
            sizes.append((len(lst), (after - 56) // 8))
    return sizes

print(growth(70))
a = [0] * 10
print(sys.getsizeof(a))
a.append(1)
print(sys.getsizeof(a))
b = list(range(10))
print(sys.getsizeof(b))
c = [i for i in range(10)]
print(sys.getsizeof(c))
d = a[:5]
print(sys.getsizeof(d))
a.clear()
print(sys.getsizeof(a))
e = [1, 2, 3] + [4]
print(sys.getsizeof(e))
e.extend(range(10))
print(sys.getsizeof(e))
e.pop()
e.pop()
print(sys.getsizeof(e))
del e[3:]
print(sys.getsizeof(e), len(e))
