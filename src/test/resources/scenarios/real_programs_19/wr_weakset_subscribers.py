# A WeakSet of subscribers: unsubscribing is automatic when a subscriber is
# no longer referenced anywhere else.
import weakref


class Publisher:
    def __init__(self):
        self.subs = weakref.WeakSet()

    def subscribe(self, s):
        self.subs.add(s)

    def publish(self, msg):
        names = sorted(s.receive(msg) for s in self.subs)
        return names


class Reader:
    def __init__(self, name):
        self.name = name
        self.inbox = []

    def receive(self, msg):
        self.inbox.append(msg)
        return self.name


pub = Publisher()
readers = [Reader(n) for n in ["amy", "bob", "cy"]]
for r in readers:
    pub.subscribe(r)
print("subscribers:", len(pub.subs))
print(pub.publish("hello"))
bob = readers.pop(1)
print(pub.publish("second"))
del bob
print("after bob leaves:", pub.publish("third"))
print("len:", len(pub.subs))
print("amy in set:", readers[0] in pub.subs)
readers.clear()
print("everybody gone:", len(pub.subs), pub.publish("anyone?"))
