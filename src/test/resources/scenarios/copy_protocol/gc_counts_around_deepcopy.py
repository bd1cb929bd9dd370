# gc counts after a collection: deepcopy's memo dict, keep-alive list and copies, as CPython counts them.
import copy
import gc

class Cell:
    def __init__(self, value):
        self.value = value

    def __deepcopy__(self, memo):
        return Cell(copy.deepcopy(self.value, memo))

gc.collect(); a = gc.get_count(); copy.deepcopy(5); b = gc.get_count(); print(a, b)
gc.collect(); a = gc.get_count(); y = copy.deepcopy([]); b = gc.get_count(); print(a, b)
gc.collect(); a = gc.get_count(); y = copy.deepcopy([[], []]); b = gc.get_count(); print(a, b)
cells = [Cell([1]), Cell([2])]
gc.collect(); a = gc.get_count(); y = copy.deepcopy(cells); b = gc.get_count(); print(a, b)
print(gc.collect())
