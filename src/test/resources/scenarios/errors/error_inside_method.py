# An exception inside a method propagates after the output printed so far.
class Acc:
    def __init__(self):
        self.items = {}
    def get(self, k):
        print("looking up", k)
        return self.items[k]
a = Acc()
a.items["x"] = 1
print(a.get("x"))
print(a.get("y"))
