# A dying list subclass's instance: __del__, then its attributes, then the list's items last to first
class Item:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("freed", self.name)
class Basket(list):
    def __del__(self):
        print("basket going", len(self))
b = Basket([Item("a"), Item("b"), Item("c")])
b.label = Item("label")
del b
print("end")
