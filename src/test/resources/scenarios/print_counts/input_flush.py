import gc
print("first")
print("second")
gc.collect()
a = gc.get_count()
try:
    name = input()
except EOFError:
    name = None
b = gc.get_count()
print(name)
print("third")
c = gc.get_count()
print(a, b, c)
