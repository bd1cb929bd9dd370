# A playlist class implementing the sequence protocol step by step: __len__, __getitem__ (with
# slices), iteration by __getitem__ alone, __contains__, __add__, __iadd__, __call__, __getattr__.
class Song:
    def __init__(self, title, secs):
        self.title, self.secs = title, secs

    def __repr__(self):
        return f"Song({self.title!r}, {self.secs})"

    def __str__(self):
        m, s = divmod(self.secs, 60)
        return f"{self.title} ({m}:{s:02d})"

    def __eq__(self, other):
        return isinstance(other, Song) and self.title == other.title


class Playlist:
    def __init__(self, name, songs=None):
        self.name = name
        self._songs = list(songs or [])

    def __len__(self):
        return len(self._songs)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return Playlist(f"{self.name}[{i.start}:{i.stop}]", self._songs[i])
        return self._songs[i]

    def __add__(self, other):
        return Playlist(f"{self.name}+{other.name}", self._songs + other._songs)

    def __iadd__(self, song):
        self._songs.append(song)
        return self

    def __call__(self, title):
        return next((s for s in self._songs if s.title == title), None)

    def __getattr__(self, name):
        if name.startswith("total_"):
            unit = name[6:]
            secs = sum(s.secs for s in self._songs)
            return {"seconds": secs, "minutes": round(secs / 60, 1)}[unit]
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")

    def __repr__(self):
        return f"<Playlist {self.name}: {len(self)} songs>"


road = Playlist("road", [Song("Go", 185), Song("Drive", 240), Song("Fly", 199)])
road += Song("Run", 170)
print(road, len(road), road[0], road[-1], road[1:3], list(road[1:3]))
for s in road:
    print(" ", s)
print(Song("Fly", 0) in road, Song("Swim", 0) in road, road("Drive"), road("Nope"))
print(road.total_seconds, road.total_minutes)
try:
    road.shuffle
except AttributeError as e:
    print("AttributeError:", e)
both = road + Playlist("calm", [Song("Rest", 300)])
print(both, [str(s) for s in both][-2:], sorted(both, key=lambda s: s.secs)[0])
print(list(reversed(road)), enumerate(road).__next__(), max(road, key=lambda s: s.secs))
print(str([Song("A", 61)]), repr(Song("A", 61)), f"{Song('A', 61)}", f"{Song('A', 61)!r}")
try:
    hash(Song("A", 1))
except TypeError as e:
    print("TypeError:", e)
it = iter(road)
print(next(it), next(it), type(it).__name__)
