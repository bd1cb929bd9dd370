# A plugin registry: handlers looked up by name in the module dict
import sys

def handle_add(a, b):
    return a + b

def handle_mul(a, b):
    return a * b

def dispatch(op, a, b):
    handler = globals().get("handle_" + op)
    if handler is None:
        return "unknown op " + op
    return handler(a, b)

print(dispatch("add", 2, 3))
print(dispatch("mul", 4, 5))
print(dispatch("div", 1, 2))
print(sys.getrefcount(handle_add))
