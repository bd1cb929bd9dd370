# The observer pattern with weak references: the subject remembers its
# observers weakly, so a dropped observer simply stops being notified.
import weakref


class Subject:
    def __init__(self):
        self._observers = weakref.WeakSet()

    def attach(self, obs):
        self._observers.add(obs)

    def notify(self, value):
        names = sorted(o.name for o in self._observers)
        for name in names:
            for o in self._observers:
                if o.name == name:
                    o.update(value)
        return len(names)


class Display:
    def __init__(self, name):
        self.name = name
        self.values = []

    def update(self, value):
        self.values.append(value)
        print(f"  {self.name} shows {value}")


subject = Subject()
panels = [Display(n) for n in ("alpha", "beta", "gamma")]
for p in panels:
    subject.attach(p)
print("notified", subject.notify(1))
removed = panels.pop(1)
print("removed", removed.name)
del removed
print("notified", subject.notify(2))
panels.clear()
print("notified", subject.notify(3))
