import sys
import weakref

class PixelDict:
    def __init__(self, r, g, b):
        self.r, self.g, self.b = r, g, b

class PixelSlots:
    __slots__ = ("r", "g", "b")
    def __init__(self, r, g, b):
        self.r, self.g, self.b = r, g, b

class PixelSub(PixelSlots):
    pass

kinds = [PixelDict(1, 2, 3), PixelSlots(1, 2, 3), PixelSub(1, 2, 3)]
for p in kinds:
    extra = sys.getsizeof(p.__dict__) if hasattr(p, "__dict__") else 0
    print(f"{type(p).__name__:<15}{sys.getsizeof(p):>4} + dict {extra:>3}")
for p in kinds:
    try:
        weakref.ref(p)
        print(type(p).__name__, "weakref ok")
    except TypeError as e:
        print(type(p).__name__, "TypeError:", e)
image = [PixelSlots(i, i, i) for i in range(50)]
print(sum(map(sys.getsizeof, image)), sys.getsizeof(image))
print(PixelSlots.__slots__, hasattr(PixelSub(0, 0, 0), '__dict__'))
