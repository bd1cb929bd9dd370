# deepcopy keeps a memo dict so shared objects stay shared and cycles are
# copied as cycles.
import copy


class Node:
    def __init__(self, name):
        self.name = name
        self.links = []


a = Node("a")
b = Node("b")
a.links.append(b)
b.links.append(a)
a.links.append(b)

c = copy.deepcopy(a)
print("copy is new:", c is not a)
print("cycle kept:", c.links[0].links[0] is c)
print("sharing kept:", c.links[0] is c.links[1])
print("names:", c.name, c.links[0].name)

memo = {}
d = copy.deepcopy(a, memo)
print("memo has entries:", len(memo) > 0)
print("memo maps original id:", memo[id(a)] is d)

shared = [1, 2]
pair = [shared, shared]
shallow = copy.copy(pair)
deep = copy.deepcopy(pair)
print("shallow shares:", shallow[0] is shared)
print("deep copies once:", deep[0] is deep[1], deep[0] is not shared)


class Config:
    def __init__(self):
        self.values = {"x": 1}

    def __deepcopy__(self, memo):
        print("custom __deepcopy__ called")
        new = Config()
        new.values = dict(self.values)
        return new


cfg = Config()
cfg2 = copy.deepcopy(cfg)
cfg2.values["x"] = 99
print(cfg.values, cfg2.values)
