import weakref

class Publisher:
    def __init__(self):
        self._subscribers = weakref.WeakSet()

    def subscribe(self, sub):
        self._subscribers.add(sub)

    def publish(self, message):
        for sub in sorted(self._subscribers, key=lambda s: s.name):
            sub.notify(message)

    def count(self):
        return len(self._subscribers)

class Subscriber:
    def __init__(self, name):
        self.name = name
        self.inbox = []

    def notify(self, message):
        self.inbox.append(message)
        print(f"{self.name} got {message!r}")

news = Publisher()
alice, bob = Subscriber("alice"), Subscriber("bob")
news.subscribe(alice)
news.subscribe(bob)
news.publish("first edition")
print("subscribers:", news.count())
del bob
print("subscribers after bob left:", news.count())
news.publish("second edition")
print(alice.inbox)
