import gc

class Pair:
    def __init__(self):
        self.other = None

def make_cycles(n):
    for _ in range(n):
        a, b = Pair(), Pair()
        a.other, b.other = b, a

gc.collect()
gc.disable()
print("enabled?", gc.isenabled())
before = gc.get_count()
make_cycles(100)
after = gc.get_count()
print("generation-0 count grew by", after[0] - before[0])
print("objects of Pair alive:", sum(1 for o in gc.get_objects() if type(o) is Pair))
freed = gc.collect()
print("manual collect freed", freed)
gc.enable()
print("enabled?", gc.isenabled())
print("Pairs left:", sum(1 for o in gc.get_objects() if type(o) is Pair))
