# a registering class decorator keeps the class in its list: one more reference, and the class survives `del`
import sys, gc
registry = []
def register(cls):
    registry.append(cls)
    return cls
@register
class Plugin:
    pass
print(registry, sys.getrefcount(Plugin))
del Plugin
print("after del", sys.getrefcount(registry[0]))
registry.clear()
print("collected", gc.collect())
