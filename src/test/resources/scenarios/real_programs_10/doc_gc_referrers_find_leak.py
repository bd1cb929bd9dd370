import gc

class Handler:
    def __init__(self, name):
        self.name = name

class EventBus:
    def __init__(self):
        self.subscribers = {}
    def subscribe(self, event, handler):
        self.subscribers.setdefault(event, []).append(handler)

bus = EventBus()
h = Handler("logger")
bus.subscribe("save", h)
bus.subscribe("load", h)
audit = {"last": h}

def who_holds(obj):
    found = []
    for ref in gc.get_referrers(obj):
        if ref is globals():
            found.append("module globals")
        elif isinstance(ref, list):
            for ev, lst in bus.subscribers.items():
                if lst is ref:
                    found.append(f"bus.subscribers[{ev!r}]")
        elif isinstance(ref, dict) and ref is audit:
            found.append("audit dict")
    return sorted(found)

print(who_holds(h))
del audit["last"]
bus.subscribers["save"].remove(h)
print(who_holds(h))
print("referents of bus:", [type(r).__name__ for r in gc.get_referents(bus)])
print("referents of its dict:", sorted(type(r).__name__ for r in gc.get_referents(bus.__dict__)))
