# a class decorator runs after the body: it sees every method and attribute, and may count them
def summarize(cls):
    names = sorted(n for n in ("a", "b", "c", "size") if hasattr(cls, n))
    print("decorating", names)
    return cls
@summarize
class Shape:
    size = 3
    def a(self):
        return 1
    def b(self):
        return 2
print(Shape.size, Shape().a() + Shape().b())
