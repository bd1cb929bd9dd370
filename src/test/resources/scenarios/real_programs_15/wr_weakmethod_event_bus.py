# An event bus that stores subscribers as WeakMethods, so subscribing does
# not keep the subscriber alive; dead entries are pruned when publishing.
import weakref


class Bus:
    def __init__(self):
        self._subs = []

    def subscribe(self, method):
        self._subs.append(weakref.WeakMethod(method))

    def publish(self, msg):
        alive = []
        delivered = 0
        for ref in self._subs:
            m = ref()
            if m is not None:
                m(msg)
                delivered += 1
                alive.append(ref)
        self._subs = alive
        return delivered


class Logger:
    def __init__(self, name):
        self.name = name
        self.seen = []

    def on_event(self, msg):
        self.seen.append(msg)
        print(f"{self.name} got {msg}")


bus = Bus()
one, two = Logger("one"), Logger("two")
bus.subscribe(one.on_event)
bus.subscribe(two.on_event)
print("delivered:", bus.publish("start"))
del two
print("delivered:", bus.publish("middle"))
print("subscribers left:", len(bus._subs))
print(one.seen)
m = one.on_event
print("a bound method is new each time:", m is not one.on_event)
print("WeakMethod equals:", weakref.WeakMethod(m) == weakref.WeakMethod(one.on_event))
try:
    weakref.WeakMethod(len)
except TypeError as e:
    print("TypeError:", e)
