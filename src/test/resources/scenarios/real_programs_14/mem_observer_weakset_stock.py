import gc
import sys
import weakref


class Ticker:
    def __init__(self, symbol):
        self.symbol = symbol
        self._watchers = weakref.WeakSet()

    def watch(self, watcher):
        self._watchers.add(watcher)

    def publish(self, price):
        for w in sorted(self._watchers, key=lambda w: w.name):
            w.notify(self.symbol, price)
        return len(self._watchers)


class Watcher:
    def __init__(self, name, limit):
        self.name = name
        self.limit = limit
        self.seen = []

    def notify(self, symbol, price):
        flag = "ALERT" if price > self.limit else "ok"
        self.seen.append(price)
        print(f"  {self.name:<6}|{symbol:^6}|{price:>8.2f} {flag}")

    def __del__(self):
        print(f"  {self.name} stops watching after {len(self.seen)} prices")


gc.collect()
t = Ticker("ACME")
alice = Watcher("alice", 101.5)
bob = Watcher("bob", 99.0)
t.watch(alice)
t.watch(bob)
print("refcount alice:", sys.getrefcount(alice))
print("watchers:", t.publish(100.25))
del bob
print("watchers:", t.publish(102.0))
alice.self_ref = alice
del alice
print("watchers before collect:", t.publish(98.5))
print("collected:", gc.collect())
print("watchers after collect:", t.publish(97.0))
print("collected:", gc.collect())
