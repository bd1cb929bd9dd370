import weakref, gc
class Subject:
    def __init__(self):
        self._observers = weakref.WeakSet()
    def attach(self, o):
        self._observers.add(o)
    def notify(self, msg):
        for o in sorted(self._observers, key=lambda o: o.name):
            o.update(msg)
class Observer:
    def __init__(self, name):
        self.name = name
    def update(self, msg):
        print(self.name, "got", msg)
s = Subject()
a, b = Observer("a"), Observer("b")
s.attach(a); s.attach(b)
s.notify("hello")
del a
s.notify("again")
print(len(s._observers))
