# A metaclass keeping the namespace: it outlives the class statement, and is not the class's dict.
import gc, sys
class Recorder(type):
    namespaces = []
    def __new__(mcs, name, bases, ns):
        Recorder.namespaces.append(ns)
        return super().__new__(mcs, name, bases, ns)
gc.collect()
class Point(metaclass=Recorder):
    x = 0
    y = 0
print(gc.get_count())
ns = Recorder.namespaces[0]
print(sys.getrefcount(ns), ns["x"], "x" in ns)
ns["z"] = 5
print(hasattr(Point, "z"))
Point.w = 1
print("w" in ns)
