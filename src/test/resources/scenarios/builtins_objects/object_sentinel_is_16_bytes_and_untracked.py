# object() is a bare 16-byte header: not a container, so the collector never tracks it
import sys
import gc
marker = object()
print(sys.getsizeof(marker), gc.is_tracked(marker))
print(type(marker) is object, isinstance(marker, object), repr(marker).startswith("<object object at "))
print(marker is marker, marker == object(), marker != object())
