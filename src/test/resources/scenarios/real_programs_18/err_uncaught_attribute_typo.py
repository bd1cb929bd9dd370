# Calling a method with a typo on a program's own class.
class Playlist:
    def __init__(self, name):
        self.name = name
        self.songs = []

    def add_song(self, title, seconds):
        self.songs.append((title, seconds))

    def total_time(self):
        return sum(s for _, s in self.songs)

p = Playlist("road trip")
p.add_song("Intro", 95)
p.add_song("Highway", 241)
print(p.name, p.total_time())
p.add_songs("Outro", 180)
