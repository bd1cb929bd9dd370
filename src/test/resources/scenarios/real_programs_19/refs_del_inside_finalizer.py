# Inside __del__, the object is alive again for the duration of the call.
import sys

seen = []


class Probe:
    def __del__(self):
        seen.append(sys.getrefcount(self))


p = Probe()
del p
print("refcount seen inside __del__:", seen)


class Chatty:
    def __init__(self, label):
        self.label = label

    def __del__(self):
        print("bye", self.label, "| refcount", sys.getrefcount(self))


c = Chatty("x")
c = Chatty("y")
holder = [Chatty("z")]
holder.pop()
print("end")
