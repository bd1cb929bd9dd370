import sys


def log_event(event, log=[]):
    log.append(event)
    return log


def log_event_fixed(event, log=None):
    if log is None:
        log = []
    log.append(event)
    return log


first = log_event("start")
second = log_event("stop")
print(first is second, first)
print("default held by function:", log_event.__defaults__[0] is first)
print("sizes as it grows:", end=" ")
for i in range(10):
    log_event(i)
    print(sys.getsizeof(log_event.__defaults__[0]), end=" ")
print()
print(len(first), sys.getrefcount(first))
print(log_event_fixed("a"), log_event_fixed("b"))


class Cart:
    def __init__(self, items=[]):
        self.items = items

    def add(self, item):
        self.items.append(item)


c1 = Cart()
c2 = Cart()
c1.add("apple")
print("c2 sees:", c2.items, c1.items is c2.items)
print(Cart.__init__.__defaults__)
