# Garbage count includes tracked containers hanging off a cycle but not untracked atoms.
import gc
gc.collect()
a = []
a.append(a)
a.append([1, 2])
a.append("text")
a.append(3.5)
del a
print("collected", gc.collect())
