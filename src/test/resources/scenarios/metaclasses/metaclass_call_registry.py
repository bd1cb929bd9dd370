import sys
class Registry(type):
    live = []
    def __call__(cls, *args):
        obj = super().__call__(*args)
        Registry.live.append(obj)
        return obj
class Task(metaclass=Registry):
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return "Task(" + self.name + ")"
t = Task("a")
Task("b")
print(Registry.live, sys.getrefcount(t))
del t
print(len(Registry.live), sys.getrefcount(Registry.live[0]))
Registry.live.clear()
print(Registry.live)
