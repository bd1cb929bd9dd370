# A class's __getitem__, __setitem__ and __delitem__ get obj[a:b] as a slice object, which they
# may keep.
import gc
import sys


class Timeline:
    def __init__(self, events):
        self.events = list(events)
        self.asked = []

    def __getitem__(self, key):
        if isinstance(key, slice):
            print("window", key.start, key.stop, key.step, sys.getrefcount(key))
            self.asked.append(key)
            return Timeline(self.events[key])
        return self.events[key]

    def __setitem__(self, key, value):
        print("replace", key, sys.getrefcount(key))
        self.events[key] = value

    def __delitem__(self, key):
        print("drop", key, key.indices(len(self.events)))
        del self.events[key]

    def __repr__(self):
        return f"Timeline({self.events})"


t = Timeline("abcdefgh")
print(t[2:5], t[::-3], t[3])
t[:2] = ["A", "B"]
del t[-2:]
print(t)

# Called often enough, 3.11 runs the method's frame inline: the slice moves into it.
for i in range(9):
    t[i:i + 1]
print(len(t.asked), t.asked[0], sys.getrefcount(t.asked[0]))

gc.collect()
window = t[1:3]
print(gc.get_count(), window)
t.asked.clear()
print(gc.collect())
