import gc
t = (1, "a", [2])
print(len(gc.get_referents(t)))
d = {"k": [1]}
print(gc.get_referents(d))
def f(): pass
print(len(gc.get_referents(f)) > 0)
class C: pass
print(C in gc.get_referents(C()))
