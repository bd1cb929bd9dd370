# observer pattern with WeakSet
import weakref
import gc

class Subject:
    def __init__(self):
        self._observers = weakref.WeakSet()
    def attach(self, obs):
        self._observers.add(obs)
    def notify(self, msg):
        for o in sorted(self._observers, key=lambda o: o.name):
            o.update(msg)

class Observer:
    def __init__(self, name):
        self.name = name
    def update(self, msg):
        print(f"{self.name} got {msg}")

s = Subject()
a, b = Observer("a"), Observer("b")
s.attach(a)
s.attach(b)
s.notify("first")
del a
gc.collect()
s.notify("second")
print(len(s._observers))
