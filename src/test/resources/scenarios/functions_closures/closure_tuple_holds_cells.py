# __closure__ is a tuple of cells; each cell holds one reference to the captured object.
import sys
def outer():
    data = [1, 2]
    label = "x" * 3
    def inner():
        return data, label
    return inner
f = outer()
print(len(f.__closure__))
cell = f.__closure__[0]
print(cell.cell_contents)
print("refs to the list", sys.getrefcount(cell.cell_contents))
print(f.__closure__[1].cell_contents)
