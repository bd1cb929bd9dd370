# __slots__ removes the per-instance __dict__ (and __weakref__ unless asked).
import sys
import weakref


class ReadingOpen:
    def __init__(self, temp, wind, rain):
        self.temp, self.wind, self.rain = temp, wind, rain


class ReadingTight:
    __slots__ = ("temp", "wind", "rain")

    def __init__(self, temp, wind, rain):
        self.temp, self.wind, self.rain = temp, wind, rain


class ReadingWatched:
    __slots__ = ("temp", "wind", "rain", "__weakref__")

    def __init__(self, temp, wind, rain):
        self.temp, self.wind, self.rain = temp, wind, rain


trio = [ReadingOpen(21, 4, 0), ReadingTight(21, 4, 0), ReadingWatched(21, 4, 0)]
print("instance sizes:", [sys.getsizeof(p) for p in trio])
print("has __dict__:", [hasattr(p, "__dict__") for p in trio])
plain, slotted, weakable = trio
try:
    slotted.snow = 0
except AttributeError as e:
    print("AttributeError:", e)
try:
    weakref.ref(slotted)
except TypeError as e:
    print("TypeError:", e)
print("weakref to slotted-with-weakref works:", weakref.ref(weakable)() is weakable)
print("__slots__:", ReadingTight.__slots__)
del slotted.wind
try:
    slotted.wind
except AttributeError as e:
    print("after del:", e)
