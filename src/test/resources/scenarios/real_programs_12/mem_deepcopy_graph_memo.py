import copy


class City:
    def __init__(self, name):
        self.name = name
        self.roads = []

    def connect(self, other):
        self.roads.append(other)
        other.roads.append(self)

    def __repr__(self):
        return f"City({self.name}, roads={[c.name for c in self.roads]})"


a, b, c = City("A"), City("B"), City("C")
a.connect(b)
b.connect(c)
c.connect(a)
world = [a, b, c]
clone = copy.deepcopy(world)
print(clone)
print(clone[0] is a, clone[0].roads[0] is clone[1])
print(clone[0].roads[0].roads[0] is clone[0])
memo = {}
one = copy.deepcopy(a, memo)
print(one.name, len(memo) > 3)
shallow = copy.copy(a)
print(shallow.roads is a.roads)
shallow.roads = list(shallow.roads)
shallow.roads.append(City("D"))
print(len(a.roads), len(shallow.roads))
again = copy.deepcopy([world, world])
print(again[0] is again[1], again[0][0] is again[1][0])
