import sys

# Part 1 of "Understanding reference counting in Python"
print("--- a fresh object ---")
data = [1, 2, 3]
print(f"refcount of data: {sys.getrefcount(data)}")  # one extra for the argument

alias = data
print(f"after alias = data: {sys.getrefcount(data)}")

holder = {"key": data}
print(f"after putting it in a dict: {sys.getrefcount(data)}")

box = [data, data, data]
print(f"after a list holding it three times: {sys.getrefcount(data)}")

del box
print(f"after del box: {sys.getrefcount(data)}")

holder.clear()
print(f"after holder.clear(): {sys.getrefcount(data)}")

def peek(obj):
    return sys.getrefcount(obj)

print(f"inside a function call: {peek(data)}")

del alias
print(f"after del alias: {sys.getrefcount(data)}")

print("--- immortal-ish objects ---")
print("None has many references:", sys.getrefcount(None) > 100)
print("small int 1 is shared:", sys.getrefcount(1) > 50)
print("True too:", sys.getrefcount(True) > 10)
