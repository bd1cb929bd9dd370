# A memo cache keyed by value objects: equal keys find the same entry.
class Coord:
    def __init__(self, r, c):
        self.r = r
        self.c = c

    def __eq__(self, other):
        return (self.r, self.c) == (other.r, other.c)

    def __hash__(self):
        return hash((self.r, self.c))

cache = {}
def lookup(r, c):
    key = Coord(r, c)
    if key in cache:
        return "hit " + str(cache[key])
    cache[key] = r * 10 + c
    return "miss"

print(lookup(1, 2), lookup(1, 2), lookup(2, 1), len(cache))
