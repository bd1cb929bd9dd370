import weakref
from collections import defaultdict

class EventBus:
    def __init__(self):
        self.topics = defaultdict(list)

    def subscribe(self, topic, bound_method):
        self.topics[topic].append(weakref.WeakMethod(bound_method))

    def publish(self, topic, payload):
        live = [r for r in self.topics[topic] if r() is not None]
        dropped = len(self.topics[topic]) - len(live)
        self.topics[topic] = live
        for ref in live:
            ref()(topic, payload)
        return dropped

class Display:
    def __init__(self, name):
        self.name = name
        self.seen = 0

    def show(self, topic, payload):
        self.seen += 1
        print(f"  [{self.name}] {topic}: {payload}")

bus = EventBus()
lcd, led = Display("lcd"), Display("led")
bus.subscribe("temp", lcd.show)
bus.subscribe("temp", led.show)
bus.subscribe("alarm", led.show)
print("dropped", bus.publish("temp", 21.5))
del led
print("dropped", bus.publish("temp", 22.0))
print("dropped", bus.publish("alarm", "smoke"))
print(lcd.seen, {t: len(refs) for t, refs in bus.topics.items()})
m = lcd.show
print(weakref.WeakMethod(m)() == m, weakref.ref(lcd.show)() is None)
