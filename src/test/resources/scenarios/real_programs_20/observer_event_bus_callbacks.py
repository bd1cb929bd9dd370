from collections import defaultdict


class EventBus:
    def __init__(self):
        self._handlers = defaultdict(list)
        self.history = []

    def on(self, event, *, priority=0):
        def register(handler):
            self._handlers[event].append((priority, len(self._handlers[event]), handler))
            self._handlers[event].sort(key=lambda t: (-t[0], t[1]))
            return handler
        return register

    def off(self, event, handler):
        before = len(self._handlers[event])
        self._handlers[event] = [t for t in self._handlers[event] if t[2] is not handler]
        return before - len(self._handlers[event])

    def emit(self, event, **payload):
        self.history.append(event)
        results = []
        for _, _, handler in list(self._handlers[event]):
            try:
                result = handler(**payload)
            except StopIteration:
                results.append("<stopped>")
                break
            except Exception as e:
                results.append(f"<{type(e).__name__}: {e}>")
                continue
            results.append(result)
        return results


bus = EventBus()
audit = []


@bus.on("order", priority=10)
def validate(item, qty):
    if qty <= 0:
        raise ValueError(f"bad quantity {qty}")
    return f"validated {item}"


@bus.on("order")
def bill(item, qty):
    return f"billed {qty} x {item}"


@bus.on("order", priority=5)
def log(item, qty):
    audit.append((item, qty))
    return "logged"


@bus.on("shutdown")
def first(**_):
    raise StopIteration


@bus.on("shutdown")
def never(**_):
    return "unreachable"


print(bus.emit("order", item="pen", qty=3))
print(bus.emit("order", item="ink", qty=0))
print(bus.emit("shutdown"))
print(bus.emit("unknown", x=1))
print("removed:", bus.off("order", log), bus.off("order", log))
print(bus.emit("order", item="pad", qty=1))
print("audit:", audit, "history:", bus.history)
print(bus.emit("order", item="pen"))
print([h.__name__ for _, _, h in bus._handlers["order"]])
