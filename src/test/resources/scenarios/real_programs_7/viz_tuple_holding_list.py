record = ("widget", [3, 5])
print(record, len(record))
record[1].append(8)
print("after append:", record)
try:
    record[1] += [13]
except TypeError as e:
    print("TypeError:", e)
print("but the list changed anyway:", record)
copy = record[:]
print("slice of a tuple is the same tuple:", copy is record)
nested = (record, record)
record[1].clear()
print(nested)
print("hashable?", end=" ")
try:
    hash(record)
except TypeError as e:
    print(e)
