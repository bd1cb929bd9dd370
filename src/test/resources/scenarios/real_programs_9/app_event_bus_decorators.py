from collections import defaultdict
from functools import wraps


class EventBus:
    def __init__(self):
        self.handlers = defaultdict(list)
        self.fired = []

    def on(self, event, priority=0):
        def register(fn):
            self.handlers[event].append((priority, fn))
            self.handlers[event].sort(key=lambda pf: -pf[0])
            return fn
        return register

    def emit(self, event, **payload):
        self.fired.append(event)
        results = []
        for _, fn in self.handlers.get(event, []):
            try:
                r = fn(**payload)
            except StopIteration:
                print(f"  {fn.__name__} stopped propagation")
                break
            except Exception as e:
                print(f"  {fn.__name__} failed: {type(e).__name__}: {e}")
                continue
            results.append(r)
        return results


bus = EventBus()


def logged(fn):
    @wraps(fn)
    def wrapper(**kw):
        print(f"  -> {fn.__name__}({', '.join(f'{k}={v!r}' for k, v in sorted(kw.items()))})")
        return fn(**kw)
    return wrapper


@bus.on("login")
@logged
def greet(user):
    return f"welcome {user}"


@bus.on("login", priority=10)
def audit(user):
    if user == "mallory":
        raise StopIteration
    return f"audited {user}"


@bus.on("login", priority=5)
def check_quota(user):
    return {"alice": 3}[user]


print(bus.emit("login", user="alice"))
print(bus.emit("login", user="bob"))
print(bus.emit("login", user="mallory"))
print(bus.emit("logout", user="alice"))
print(bus.fired, greet.__name__, greet.__wrapped__.__name__)
