# Positional-only parameters with defaults: arguments move into the frame as for any parameter.
import sys

def show(obj, tag="x", /):
    return sys.getrefcount(obj)

data = [1, 2]
print(show(data), show(data, "y"))
try:
    show(data, tag="z")
except TypeError as e:
    print("TypeError:", e)
