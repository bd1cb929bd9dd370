import weakref

class Subject:
    def __init__(self):
        self._observers = []

    def attach(self, observer):
        ref = weakref.ref(observer, self._forget)
        self._observers.append(ref)

    def _forget(self, ref):
        self._observers.remove(ref)
        print(f"  (observer gone, {len(self._observers)} left)")

    def notify(self, event):
        for ref in list(self._observers):
            obs = ref()
            if obs is not None:
                obs.update(event)


class Logger:
    def __init__(self, name):
        self.name = name
        self.seen = []

    def update(self, event):
        self.seen.append(event)
        print(f"  {self.name} got {event!r}")


subject = Subject()
a, b, c = Logger("A"), Logger("B"), Logger("C")
for obs in (a, b, c):
    subject.attach(obs)
del obs
subject.notify("start")
print("delete B")
del b
subject.notify("tick")
print("replace C")
c = Logger("C2")
subject.attach(c)
subject.notify("tock")
print("A saw", a.seen)
print("refs alive:", [r() is not None for r in subject._observers])
r = subject._observers[0]
print(r() is a, weakref.getweakrefcount(a))
