from enum import Enum, auto

class Light(Enum):
    RED = auto()
    GREEN = auto()
    YELLOW = auto()

    def next(self):
        order = list(Light)
        return order[(order.index(self) + 1) % len(order)]

DURATION = {Light.RED: 30, Light.GREEN: 25, Light.YELLOW: 5}

state = Light.RED
elapsed = 0
for _ in range(7):
    print(f"t={elapsed:>3}s {state.name:<6} for {DURATION[state]}s")
    elapsed += DURATION[state]
    state = state.next()
print(Light(2), Light["YELLOW"].value, Light.RED is Light(1))
print([l.name for l in Light], len(Light))
try:
    Light(9)
except ValueError as e:
    print("ValueError:", e)
