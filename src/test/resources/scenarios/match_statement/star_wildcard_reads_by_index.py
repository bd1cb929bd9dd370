# [a, *_, b] reads subject[0] and subject[len - 1] (len asked again) instead of unpacking: seen through a list subclass.
class Loud(list):
    def __getitem__(self, i):
        print("getitem", i)
        return super().__getitem__(i)
    def __len__(self):
        print("len")
        return super().__len__()
match Loud([1, 2, 3, 4]):
    case [a, *_, b]:
        print("ends", a, b)
match Loud([1, 2]):
    case [_, _, *_]:
        print("at least two")
match Loud([5, 6, 7]):
    case [x, y, z]:
        print("three", x, y, z)
