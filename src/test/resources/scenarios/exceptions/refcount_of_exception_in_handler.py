# Inside a handler the exception is held by its name and by exc_info (sys.exc_info()), 3 with getrefcount's argument.
import sys
try:
    raise ValueError("v")
except ValueError as e:
    print("in handler", sys.getrefcount(e))
    kept = e
    print("after kept = e", sys.getrefcount(e))
print("after handler", sys.getrefcount(kept))
print(sys.exc_info())
