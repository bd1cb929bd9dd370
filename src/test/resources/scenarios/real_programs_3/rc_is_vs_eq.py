list1 = [1, 2, 3]
list2 = [1, 2, 3]
list3 = list1
print(list1 == list2, list1 is list2)
print(list1 == list3, list1 is list3)
list3.append(4)
print(list1)
print(list2)
t1 = (1, 2)
t2 = tuple([1, 2])
print(t1 == t2, t1 is t2)
print(None is None, [] is [], [] == [])
empty1 = ()
empty2 = tuple()
print(empty1 is empty2)
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)
p, q = Point(1, 2), Point(1, 2)
print(p == q, p is q, p != q)
print(hash(Point) is not None)
try:
    hash(p)
except TypeError as e:
    print("TypeError:", e)
