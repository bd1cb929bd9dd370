import gc
print("before")
print("more")
gc.collect()
a = gc.get_count()
try:
    input("prompt> ")
except EOFError:
    print("eof")
b = gc.get_count()
print("after")
print(a, b, gc.get_count())
