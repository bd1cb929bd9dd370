# len() calls __len__; truth tests call __bool__, else __len__, else the object is true.
class Bag:
    def __init__(self, items):
        self.items = items
    def __len__(self):
        return len(self.items)
class Switch:
    def __init__(self, on):
        self.on = on
    def __bool__(self):
        return self.on
class Thing:
    pass
print(len(Bag([1, 2, 3])), bool(Bag([])), bool(Bag([0])))
print(bool(Switch(False)), bool(Switch(True)), bool(Thing()))
if not Bag([]):
    print("empty bag is false")
print(Switch(False) or "fallback", Switch(True) and "both")
