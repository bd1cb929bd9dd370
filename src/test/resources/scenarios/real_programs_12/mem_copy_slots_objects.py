import copy


class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Vec({self.x}, {self.y})"


class Sprite:
    def __init__(self, name, pos, tags):
        self.name = name
        self.pos = pos
        self.tags = tags


v = Vec(1, [2, 3])
v2 = copy.copy(v)
v3 = copy.deepcopy(v)
v.y.append(4)
print(v, v2, v3)
print(v2.y is v.y, v3.y is v.y)
s = Sprite("hero", Vec(0, 0), ["player"])
s_copy = copy.copy(s)
s_deep = copy.deepcopy(s)
s.tags.append("alive")
s.pos.x = 9
print(s_copy.tags, s_copy.pos, s_deep.tags, s_deep.pos)
print(vars(s_copy).keys() == vars(s).keys())
nums = [[1, 2], [3, 4]]
c1 = nums.copy()
c2 = nums[:]
c3 = list(nums)
c4 = copy.deepcopy(nums)
nums[0].append(99)
print(c1[0], c2[0], c3[0], c4[0])
t = (1, 2, (3, 4))
print(copy.copy(t) is t, copy.deepcopy(t) is t)
t2 = (1, [2])
print(copy.deepcopy(t2) is t2, copy.deepcopy(t2) == t2)
