# dict() with keyword arguments and dict displays of the same content have the same size.
import sys
print(sys.getsizeof(dict(a=1, b=2)), sys.getsizeof({"a": 1, "b": 2}))
print(sys.getsizeof(dict()), sys.getsizeof({}))
