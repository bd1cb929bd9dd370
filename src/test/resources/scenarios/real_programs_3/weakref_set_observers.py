import weakref

class Subject:
    def __init__(self):
        self._observers = weakref.WeakSet()
    def attach(self, obs):
        self._observers.add(obs)
    def notify(self, event):
        for obs in sorted(self._observers, key=lambda o: o.name):
            obs.update(event)

class Observer:
    def __init__(self, name):
        self.name = name
    def update(self, event):
        print(self.name, "got", event)

s = Subject()
a, b = Observer("a"), Observer("b")
s.attach(a)
s.attach(b)
s.notify("start")
del a
s.notify("middle")
print(len(s._observers))
