import weakref

class Matrix:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return self.name

_results = weakref.WeakKeyDictionary()
computations = 0

def determinant(m):
    global computations
    if m in _results:
        return _results[m]
    computations += 1
    value = len(m.name) * 7
    _results[m] = value
    return value

a, b = Matrix("alpha"), Matrix("be")
print(determinant(a), determinant(a), determinant(b), computations)
print(len(_results))
del a
print(len(_results), list(_results.keys()))
b = Matrix("be")
print(determinant(b), computations, len(_results))
