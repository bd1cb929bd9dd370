# What the class body leaves in the namespace the metaclass receives.
import gc, sys
class Show(type):
    def __new__(mcs, name, bases, ns):
        print(name, sorted(ns), len(ns))
        print("doc:", ns.get("__doc__"), "qualname:", ns["__qualname__"], "module:", ns["__module__"])
        return super().__new__(mcs, name, bases, ns)
class Plain(metaclass=Show):
    pass
class Documented(metaclass=Show):
    """A documented class."""
    size = 3
    def area(self):
        return self.size * self.size
print(Documented.__doc__, Documented.__qualname__, Documented().area())
print(Plain.__doc__, Plain.__module__)
