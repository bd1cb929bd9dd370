# An observer that unsubscribes itself while being notified.  Iterating
# a copy of the WeakSet keeps the loop safe.
import weakref


class Channel:
    def __init__(self):
        self.listeners = weakref.WeakSet()

    def join(self, listener):
        self.listeners.add(listener)

    def leave(self, listener):
        self.listeners.discard(listener)

    def broadcast(self, msg):
        for listener in sorted(list(self.listeners), key=lambda l: l.name):
            listener.hear(self, msg)


class Listener:
    def __init__(self, name, patience):
        self.name = name
        self.patience = patience

    def hear(self, channel, msg):
        self.patience -= 1
        print(f"{self.name} hears {msg!r} (patience {self.patience})")
        if self.patience == 0:
            print(f"{self.name} leaves")
            channel.leave(self)


ch = Channel()
people = [Listener("ann", 1), Listener("ben", 2), Listener("cat", 3)]
for p in people:
    ch.join(p)
for msg in ("hi", "news", "bye", "anyone?"):
    ch.broadcast(msg)
    print("listening:", len(ch.listeners))
