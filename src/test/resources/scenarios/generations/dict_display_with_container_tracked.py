# A dict display is tracked exactly when some key or value is a container.
import gc
x = [1]
print(gc.is_tracked({"a": 1}))
print(gc.is_tracked({"a": x}))
print(gc.is_tracked(dict(a=1)))
