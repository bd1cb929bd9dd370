# list/dict/set subclasses inherit __hash__ = None: unhashable unless the class defines __hash__
class Stack(list):
    pass
class Key(list):
    def __hash__(self):
        return hash(tuple(self))
try:
    hash(Stack())
except TypeError as e:
    print("TypeError", e)
try:
    seen = {Stack([1]): "one"}
except TypeError as e:
    print("TypeError", e)
k = Key([1, 2])
print(hash(k) == hash((1, 2)))
table = {k: "found"}
print(table[k], len(table))
