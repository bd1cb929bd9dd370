# functools.partialmethod in a class: turn_on/turn_off fixed to switch's first argument, keywords passed on and overridden, a new partial with __self__ at each read through an instance, the function through the class
import sys
from functools import partialmethod


class Lamp:
    def __init__(self, room):
        self.room = room
        self.lit = False

    def switch(self, on, reason=""):
        self.lit = bool(on)
        return f"{self.room}: {'on' if on else 'off'} {reason}".strip()

    turn_on = partialmethod(switch, True)
    turn_off = partialmethod(switch, False, reason="bedtime")


lamp = Lamp("hall")
print(lamp.turn_on(), lamp.lit)
print(lamp.turn_off(), lamp.lit)
print(lamp.turn_on(reason="guests"))
m = lamp.turn_on
print(type(m).__name__, m.args, m.keywords, m.__self__ is lamp, sys.getrefcount(lamp))
print(type(Lamp.__dict__["turn_off"]).__name__)
print(Lamp.turn_on(lamp), lamp.lit)
