# A local name shadows the module name only inside that function.
import sys
def f():
    sys = "not the module"
    return sys
print(f())
print(sys.getrefcount([]) > 0)
