# __getattr__ is a fallback: existing instance and class attributes never reach it.
class Lazy:
    kind = "lazy"

    def __init__(self):
        self.ready = 1

    def __getattr__(self, name):
        print("computing", name)
        value = len(name)
        setattr(self, name, value)
        return value

l = Lazy()
print(l.ready, l.kind)
print(l.abc)
print(l.abc)
