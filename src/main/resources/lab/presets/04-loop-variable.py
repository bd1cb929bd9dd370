# title: The loop variable outlives the loop
import sys
rows = [[1], [2], [3]]
for row in rows:
    row.append(0)
print(row)
print(sys.getrefcount(row))
del rows
print(row)
