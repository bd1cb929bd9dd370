import weakref

class Subject:
    def __init__(self):
        self._observers = weakref.WeakSet()
    def attach(self, obs):
        self._observers.add(obs)
    def notify(self, event):
        for obs in sorted(self._observers, key=lambda o: o.name):
            obs.update(event)
    def count(self):
        return len(self._observers)

class Observer:
    def __init__(self, name):
        self.name = name
        self.seen = []
    def update(self, event):
        self.seen.append(event)
        print(f"{self.name} <- {event}")
    def __del__(self):
        print(f"{self.name} collected")

subject = Subject()
o1, o2, o3 = Observer("one"), Observer("two"), Observer("three")
for o in (o1, o2, o3):
    subject.attach(o)
subject.notify("created")
del o2
print("observers:", subject.count())
subject.notify("updated")
o3 = None
print("observers:", subject.count())
subject.notify("final")
print(o1.seen)
