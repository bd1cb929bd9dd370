import weakref

class Conn:
    def __init__(self, host):
        self.host = host
    def send(self, msg):
        return f"{self.host} <- {msg}"

c = Conn("db1")
px = weakref.proxy(c)
print(px.host, px.send("ping"))
fin = weakref.finalize(c, print, "finalizer: closing", "db1")
print(fin.alive, fin.atexit)
del c
print(fin.alive)
try:
    px.host
except ReferenceError as e:
    print("ReferenceError:", e)

d = Conn("db2")
f2 = weakref.finalize(d, lambda: print("never twice"))
print(f2(), f2.alive, f2())
f3 = weakref.finalize(d, print, "detached")
print(f3.detach()[1:], f3.alive)
e = Conn("db3")
f4 = weakref.finalize(e, print, "peeked")
obj, func, args, kwargs = f4.peek()
print(obj.host, func is print, args, kwargs)
del obj
print("end of program")
