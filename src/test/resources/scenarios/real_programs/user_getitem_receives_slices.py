# obj[1:3] passes a slice object to the class's __getitem__/__setitem__/__delitem__ (start, stop, step, indices, repr; unhashable)
class Playlist:
    def __init__(self, *songs):
        self.songs = list(songs)
    def __getitem__(self, i):
        print("getitem", i, type(i).__name__)
        return self.songs[i]
    def __setitem__(self, i, v):
        print("setitem", i)
        self.songs[i] = v
    def __delitem__(self, i):
        print("delitem", i)
        del self.songs[i]

pl = Playlist("a", "b", "c", "d")
print(pl[1:3], pl[::-1], pl[-1], pl[:])
pl[0:2] = ["x", "y", "z"]
print(pl.songs)
del pl[::2]
print(pl.songs)

class Grid:
    def __getitem__(self, key):
        if type(key).__name__ == "slice":
            print(key.start, key.stop, key.step, key.indices(10), key == key)
            return list(range(10))[key]
        return key * 2

g = Grid()
print(g[2:8:2], g[5], g[::-3])
print(g[10**30:])
class Keep:
    def __getitem__(self, k):
        return {k: 1}

try:
    Keep()[1:2]
except TypeError as e:
    print("TypeError:", e)
r = range(2, 20, 3)
print(r.start, r.stop, r.step)
