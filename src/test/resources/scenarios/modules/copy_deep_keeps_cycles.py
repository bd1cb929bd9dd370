# deepcopy of a self-referencing list keeps the cycle in the copy.
import copy
a = [1]
a.append(a)
b = copy.deepcopy(a)
print(b[1] is b, b is a, len(b))
