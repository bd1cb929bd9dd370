# Every instance holds a reference to its class, so the class's count
# grows with each object; methods looked up do not keep extra references.
import sys


class Gadget:
    def ping(self):
        return "pong"


start = sys.getrefcount(Gadget)
things = [Gadget() for _ in range(5)]
print("five instances add:", sys.getrefcount(Gadget) - start)
m = things[0].ping
print("a bound method adds to the instance, not the class:", sys.getrefcount(Gadget) - start)
print("instance count with bound method:", sys.getrefcount(things[0]))
del m
print("instance count without:", sys.getrefcount(things[0]))
things.pop()
print("four left:", sys.getrefcount(Gadget) - start)
sub = type("SubGadget", (Gadget,), {})
print("a subclass adds:", sys.getrefcount(Gadget) - start)
del things
print("instances gone:", sys.getrefcount(Gadget) - start)
