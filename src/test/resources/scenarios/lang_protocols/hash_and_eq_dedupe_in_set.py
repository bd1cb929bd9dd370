# __hash__ with __eq__: equal objects collapse in a set; __eq__ is only asked when the hashes match.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __eq__(self, other):
        print("eq", (self.x, self.y), (other.x, other.y))
        return (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))

s = {Point(1, 2), Point(3, 4)}
s.add(Point(1, 2))
print(len(s))
print(Point(3, 4) in s, Point(5, 6) in s)
