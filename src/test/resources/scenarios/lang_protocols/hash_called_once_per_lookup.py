# A dict calls __hash__ once per insertion or lookup and compares the stored key through its __eq__.
class Key:
    def __init__(self, name):
        self.name = name

    def __hash__(self):
        print("hash", self.name)
        return len(self.name)

    def __eq__(self, other):
        print("eq", self.name, other.name)
        return self.name == other.name

d = {}
d[Key("ab")] = 1
d[Key("cd")] = 2
print(d[Key("cd")])
print(Key("ab") in d, Key("xyz") in d)
print(len(d))
