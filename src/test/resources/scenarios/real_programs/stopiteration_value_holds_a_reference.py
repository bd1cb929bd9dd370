# StopIteration(x) holds x twice (args and its value member), value can be reassigned, and gc sees it
import gc
import sys

class Payload:
    pass

x = Payload()
print("alone", sys.getrefcount(x))
s = StopIteration(x)
print("in StopIteration", sys.getrefcount(x))
print(len(gc.get_referents(s)), gc.get_referents(s)[0] is x)
s.value = "other"
print("value reassigned", sys.getrefcount(x), s.value, s.args[0] is x)
del s
print("freed", sys.getrefcount(x))

class Box(list):
    pass

gc.collect()
b = Box()
stop = StopIteration(b)
b.append(stop)
del b, stop
print("cycle through value", gc.collect())
print(StopIteration().value, SystemExit(3).code, SystemExit().code, SystemExit(1, 2).code)

class MyStop(StopIteration):
    def __init__(self, n):
        super().__init__(n * 2)

print(MyStop(4).value, MyStop(4).args)
