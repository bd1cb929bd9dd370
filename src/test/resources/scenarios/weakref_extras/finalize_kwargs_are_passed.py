# keyword arguments given to finalize reach the function
import weakref
class Resource:
    pass
def report(name, *, level="info"):
    print(level, name)
r = Resource()
f = weakref.finalize(r, report, "r", level="debug")
g = weakref.finalize(r, report, "r again")
del r
print("end")
