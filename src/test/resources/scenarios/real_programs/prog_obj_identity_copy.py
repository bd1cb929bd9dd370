# copy vs deepcopy vs assignment
import copy
orig = {"name": "cfg", "values": [1, 2, [3, 4]]}
alias = orig
shallow = copy.copy(orig)
deep = copy.deepcopy(orig)
orig["values"][2].append(5)
orig["name"] = "changed"
print(alias["name"], shallow["name"], deep["name"])
print(shallow["values"], deep["values"])
print(shallow["values"] is orig["values"], deep["values"] is orig["values"])
lst = [[0] * 2 for _ in range(2)]
lst2 = lst[:]
lst2[0][0] = 9
print(lst, lst2 is lst, lst2[0] is lst[0])
class P:
    def __init__(self, xs):
        self.xs = xs
p = P([1])
q = copy.copy(p)
q.xs.append(2)
print(p.xs, q is p)
