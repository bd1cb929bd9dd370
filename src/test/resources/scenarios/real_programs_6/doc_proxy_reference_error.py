import weakref

class Engine:
    def __init__(self):
        self.rpm = 800
    def rev(self):
        self.rpm += 1000
        return self.rpm

e = Engine()
p = weakref.proxy(e)
print(p.rev(), p.rpm, e.rpm)
p.rpm = 100
print(e.rpm, type(p).__name__)
print(weakref.getweakrefcount(e))
del e
try:
    p.rev()
except ReferenceError as err:
    print("ReferenceError:", err)
