# object() has no __dict__: setting an attribute fails with CPython's AttributeError
o = object()
print(hasattr(o, "x"))
o.x = 1
print("not reached")
