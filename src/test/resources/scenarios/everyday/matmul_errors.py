# Operands without @ raise CPython's TypeError; the augmented form names '@='.
class Only:
    def __matmul__(self, other):
        return NotImplemented

for make in (lambda: 1 @ 2, lambda: [1] @ [2], lambda: Only() @ 3, lambda: "a" @ Only()):
    try:
        make()
    except TypeError as e:
        print(e)
x = 1.5
try:
    x @= 2
except TypeError as e:
    print(e)
print(x)
