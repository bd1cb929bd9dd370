# each instance holds its class: the count of a local class grows by one per instance, and the class survives the factory
import sys, gc
def factory():
    class Point:
        def __init__(self, x):
            self.x = x
    return Point
P = factory()
base = sys.getrefcount(P)
pts = [P(i) for i in range(4)]
print(sys.getrefcount(P) - base)
del P
print(len(pts), sys.getrefcount(type(pts[0])))
del pts
print("collected", gc.collect())
