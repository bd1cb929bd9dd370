# __reversed__ and __len__ on a playlist
class Playlist:
    def __init__(self, *songs):
        self.songs = list(songs)
    def __len__(self):
        return len(self.songs)
    def __getitem__(self, i):
        return self.songs[i]
    def __reversed__(self):
        return iter(self.songs[::-1])
pl = Playlist("a", "b", "c")
print(list(reversed(pl)), pl[1], len(pl))
for song in pl:
    print(song, end=" ")
print()
print(pl[-1], pl[0:2])
