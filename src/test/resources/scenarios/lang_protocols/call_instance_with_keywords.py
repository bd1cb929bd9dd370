# calling an instance with keyword arguments reaches __call__ with them (the engine once said "not callable")
import sys
class Greeter:
    def __call__(self, name, punct="!"):
        print("self refs", sys.getrefcount(self))
        return "hi " + name + punct
g = Greeter()
print(g("ann", punct="?"))
print(g(name="bob"))
