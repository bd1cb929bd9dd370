# a walrus in a comprehension binds in the enclosing function (a cell there): the last value survives the comprehension
import sys
def scan(rows):
    found = [row for row in rows if (total := sum(row)) > 3]
    print("found", found)
    print("total after", total)
    last = [(big := [r]) for r in range(3)]
    print("big", big, sys.getrefcount(big), big is last[-1])
    return big
b = scan([[1, 2], [3, 4], [0]])
print(b, sys.getrefcount(b))
