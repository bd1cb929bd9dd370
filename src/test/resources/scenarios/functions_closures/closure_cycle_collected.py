# A function that refers to itself through its own closure cell forms a cycle only gc can free.
import gc
gc.collect()
def make():
    def again(n):
        return again(n - 1) if n else "done"
    return again
f = make()
print(f(3))
del f
print("collected", gc.collect())
