# Binding a plain function to one object with types.MethodType, and what the binding holds.
import sys
import types

class Robot:
    def __init__(self, name):
        self.name = name

def greet(self, other):
    return f"{self.name} greets {other}"

r2 = Robot("R2")
print(sys.getrefcount(r2))
bound = types.MethodType(greet, r2)
print(bound("C3PO"))
print(sys.getrefcount(r2), sys.getrefcount(greet) > 1)
print(type(bound), isinstance(bound, types.MethodType))
r2.greet = bound
print(r2.greet("BB8"))
other = Robot("K2")
print(hasattr(other, "greet"))
print(bound == types.MethodType(greet, r2), bound == types.MethodType(greet, other))
del r2.greet
del bound
print(sys.getrefcount(r2))
for args in [(greet,), (greet, None), (5, r2)]:
    try:
        types.MethodType(*args)
    except TypeError as e:
        print("TypeError:", e)
