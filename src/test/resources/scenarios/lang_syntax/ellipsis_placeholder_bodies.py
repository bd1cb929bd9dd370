# ... is the Ellipsis singleton: a placeholder body, a value like any other.
import sys
def todo(): ...
class Shape:
    def area(self): ...
    def describe(self):
        ...
        return 'shape'
print(todo(), Shape().area(), Shape().describe())
print(..., Ellipsis, ... is Ellipsis, type(...).__name__, bool(...), sys.getsizeof(...))
grid = [[1, ...], [..., 4]]
print(grid, repr(...), f"{...}", [x for x in grid[0] if x is not ...])
