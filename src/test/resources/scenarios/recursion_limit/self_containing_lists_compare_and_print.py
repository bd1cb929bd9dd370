# Lists and dicts that contain themselves print as [...] and {...}; comparing two of them recurses
# until "maximum recursion depth exceeded in comparison", and so do deep nested lists.
a = []; a.append(a)
b = []; b.append(b)
print(a, a == a)
try:
    print(a == b)
except RecursionError as e:
    print("RecursionError:", e)
d = {}; d["self"] = d
print(d)
x = []
for i in range(2000):
    x = [x]
try:
    print(len(repr(x)))
except RecursionError as e:
    print("RecursionError:", e)
y = []
for i in range(2000):
    y = [y]
try:
    print(x == y)
except RecursionError as e:
    print("RecursionError:", e)
