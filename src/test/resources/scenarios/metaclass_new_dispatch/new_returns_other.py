# __new__ returning something that is not an instance of the metaclass: __init__ is skipped.
import gc
class Factory(type):
    def __new__(mcs, name, bases, ns):
        return name + " (not a class)"
    def __init__(cls, name, bases, ns):
        print("never")
class Thing(metaclass=Factory):
    pass
print(Thing, type(Thing).__name__)
print(gc.collect())
