import sys

class Token:
    pass

t = Token()
print("start:", sys.getrefcount(t))
holders = []
for i in range(3):
    holders.append([t])
    print(f"after holder {i}:", sys.getrefcount(t))
index = {"a": t, "b": t}
print("after dict values:", sys.getrefcount(t))
pair = (t, t)
print("after tuple of two:", sys.getrefcount(t))
holders.pop()
print("after pop:", sys.getrefcount(t))
index.clear()
print("after clear:", sys.getrefcount(t))
del pair
holders = None
print("back to start:", sys.getrefcount(t))

def peek(obj):
    return sys.getrefcount(obj)

print("inside a call:", peek(t))
