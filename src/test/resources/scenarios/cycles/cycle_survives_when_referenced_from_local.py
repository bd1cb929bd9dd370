# A cycle referenced from a function local survives a collection made inside that function.
import gc
gc.collect()
def f():
    a = []
    a.append(a)
    print("inside", gc.collect())
    return len(a)
print("len", f())
print("after return", gc.collect())
