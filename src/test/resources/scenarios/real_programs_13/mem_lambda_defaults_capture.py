import sys

class Config:
    pass

cfg = Config()
base = sys.getrefcount(cfg)
late = [lambda: cfg for _ in range(3)]
print("late-binding lambdas add:", sys.getrefcount(cfg) - base)
bound = [lambda c=cfg: c for _ in range(3)]
print("default-arg lambdas add:", sys.getrefcount(cfg) - base)
print("defaults tuple:", type(bound[0].__defaults__).__name__, len(bound[0].__defaults__))
del bound
print("after del:", sys.getrefcount(cfg) - base)

funcs = []
for i in range(3):
    funcs.append(lambda: i)
print("late:", [f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print("bound:", [f() for f in funcs])
def outer():
    x = [1]
    return lambda: x
f = outer()
print("closure cell contents:", f.__closure__[0].cell_contents)
