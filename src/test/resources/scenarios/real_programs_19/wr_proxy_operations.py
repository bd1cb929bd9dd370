# A proxy forwards almost everything to its referent; once the referent is
# gone every use raises ReferenceError.
import weakref


class Thermostat:
    def __init__(self, room, degrees):
        self.room = room
        self.degrees = degrees

    def warmer(self, step):
        self.degrees += step
        return self.degrees

    def __len__(self):
        return self.degrees

    def __str__(self):
        return "%s at %d" % (self.room, self.degrees)


hall = Thermostat("hall", 18)
p = weakref.proxy(hall)
print(p.room, p.warmer(2), len(p))
p.degrees = 21
print("set through proxy:", hall.degrees)
print("type of proxy:", type(p).__name__)
print("isinstance Thermostat:", isinstance(p, Thermostat))
print("proxies on hall:", weakref.getweakrefcount(hall))
print(str(p))
del hall
for what in ["attribute", "method", "len", "str"]:
    try:
        if what == "attribute":
            p.room
        elif what == "method":
            p.warmer(1)
        elif what == "len":
            len(p)
        else:
            str(p)
    except ReferenceError as e:
        print(what, "->", e)
