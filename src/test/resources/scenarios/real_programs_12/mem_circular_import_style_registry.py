import gc


class EventBus:
    def __init__(self):
        self.handlers = {}

    def on(self, name):
        def register(fn):
            self.handlers.setdefault(name, []).append(fn)
            return fn
        return register

    def fire(self, name, *args):
        return [h(*args) for h in self.handlers.get(name, [])]


bus = EventBus()


class Game:
    def __init__(self, bus):
        self.score = 0
        self.bus = bus
        bus.on("point")(self.add_point)

    def add_point(self, n):
        self.score += n
        return self.score

    def __del__(self):
        print("game over, final score", self.score)


@bus.on("point")
def announce(n):
    return f"+{n}"


g = Game(bus)
print(bus.fire("point", 3))
print(bus.fire("point", 4))
del g
print("game still alive through the bus (bound method in handlers)")
bus.handlers["point"].pop(0)
print(bus.fire("point", 1))
print(gc.collect())
