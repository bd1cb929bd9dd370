# reversed() calls a class's __reversed__, or walks __getitem__ down from __len__ - 1 (list() asks __len__ again for its hint)
import sys

class Seq:
    def __len__(self):
        print("len")
        return 3
    def __getitem__(self, i):
        print("getitem", i)
        if i >= 3:
            raise IndexError(i)
        return i * 10

r = reversed(Seq())
print(type(r).__name__)
print(list(r), list(r))
print(sys.getsizeof(list(reversed(Seq()))))

class Playlist:
    def __init__(self, *songs):
        self.songs = list(songs)
    def __reversed__(self):
        print("__reversed__")
        return iter(self.songs[::-1])

print(list(reversed(Playlist("a", "b", "c"))))

class NoLen:
    def __getitem__(self, i):
        return i

try:
    reversed(NoLen())
except TypeError as e:
    print("TypeError:", e)
try:
    reversed(object())
except TypeError as e:
    print("TypeError:", e)
