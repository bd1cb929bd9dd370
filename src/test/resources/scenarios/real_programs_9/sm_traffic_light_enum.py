from enum import Enum, auto


class Light(Enum):
    RED = auto()
    GREEN = auto()
    YELLOW = auto()

    def next(self):
        order = list(type(self))
        return order[(order.index(self) + 1) % len(order)]


DURATION = {Light.RED: 3, Light.GREEN: 2, Light.YELLOW: 1}


def simulate(ticks):
    state, left = Light.RED, DURATION[Light.RED]
    for t in range(ticks):
        print(f"t={t:02d} {state.name:<6} ({left} left)")
        left -= 1
        if left == 0:
            state = state.next()
            left = DURATION[state]
    return state


final = simulate(9)
print(final, final.value, repr(final))
print([l.name for l in Light], Light["GREEN"] is Light.GREEN, Light(3))
try:
    Light(7)
except ValueError as e:
    print("ValueError:", e)
