import copy

class Employee:
    def __init__(self, name, skills):
        self.name = name
        self.skills = skills
        self.manager = None

boss = Employee("Grace", ["cobol"])
dev = Employee("Alan", ["math", "crypto"])
dev.manager = boss
boss.reports = [dev]

shallow = copy.copy(dev)
deep = copy.deepcopy(dev)
print(shallow.skills is dev.skills, deep.skills is dev.skills)
print(shallow.manager is boss, deep.manager is boss)
print(deep.manager.reports[0] is deep, deep.manager.name)
deep.skills.append("chess")
print(dev.skills, deep.skills)

nested = [1, [2, 3], {"k": [4]}]
nested.append(nested)
clone = copy.deepcopy(nested)
print(clone[3] is clone, clone[1] is nested[1], clone[2]["k"] == [4])
memo = {}
c1 = copy.deepcopy([nested[1], nested[1]], memo)
print(c1[0] is c1[1], id(nested[1]) in memo)
t = (1, 2, (3, 4))
print(copy.deepcopy(t) is t, copy.copy([t])[0] is t)
t2 = (1, [2])
print(copy.deepcopy(t2) is t2, copy.deepcopy(t2) == t2)
