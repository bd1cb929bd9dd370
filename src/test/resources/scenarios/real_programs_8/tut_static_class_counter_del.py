class Counted:
    live = 0
    total = 0

    def __init__(self, label):
        self.label = label
        Counted.live += 1
        Counted.total += 1

    def __del__(self):
        Counted.live -= 1
        print(f"bye {self.label} (live now {Counted.live})")

    @classmethod
    def stats(cls):
        return f"{cls.live} live / {cls.total} made"

a = Counted("a")
b = Counted("b")
print(Counted.stats())
b = a
print(Counted.stats())
objs = [Counted(str(i)) for i in range(3)]
print(Counted.stats())
objs.pop()
print(Counted.stats())
objs = None
print(Counted.stats())
def scope():
    tmp = Counted("tmp")
    print("in scope:", Counted.stats())
scope()
print(Counted.stats())
