# The attribute builtins on an instance, with getattr's default.
class Box:
    def __init__(self):
        self.size = 3
b = Box()
print(getattr(b, "size"), getattr(b, "color", "none"), hasattr(b, "size"), hasattr(b, "color"))
setattr(b, "color", "red")
print(b.color, hasattr(b, "color"))
delattr(b, "color")
print(hasattr(b, "color"))
