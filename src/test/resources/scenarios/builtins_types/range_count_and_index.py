# range.count and range.index answer without building a list
r = range(0, 20, 3)
print(r.count(6), r.count(7), r.index(9))
try:
    r.index(7)
except ValueError as e:
    print(e)
try:
    r.index("x")
except ValueError as e:
    print(e)
