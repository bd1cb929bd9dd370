import sys

class Token:
    pass

t = Token()
print(sys.getrefcount(t))
bag = []
for i in range(3):
    bag.append(t)
    print(f"list holds it {i + 1}x:", sys.getrefcount(t))
index = {"a": t, "b": t}
print("dict values:", sys.getrefcount(t))
keys = {t: 1}
print("dict key:", sys.getrefcount(t))
s = {t}
print("set:", sys.getrefcount(t))
bag.clear()
print("after clear:", sys.getrefcount(t))
index.clear(); keys.clear(); s.clear()
print("all cleared:", sys.getrefcount(t))
