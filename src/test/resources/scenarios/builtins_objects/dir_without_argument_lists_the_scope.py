# dir() lists the names bound in the current scope: the module's (with its dunders) or the function's locals, sorted
import gc
zeta = 1
alpha = [1, 2]
def f(param, other=None):
    local = param * 2
    later = None
    names = dir()
    return names
print(dir())
print(f(3))
def g():
    return dir()
print(g())
