# Each instance of a list or dict subclass holds its class: the class's refcount grows by one per instance
import sys
class Row(list):
    pass
class Record(dict):
    pass
print(sys.getrefcount(Row), sys.getrefcount(Record))
rows = [Row() for _ in range(3)]
recs = [Record(x=1) for _ in range(2)]
print(sys.getrefcount(Row), sys.getrefcount(Record))
rows.clear()
print(sys.getrefcount(Row), sys.getrefcount(Record))
del recs
print(sys.getrefcount(Row), sys.getrefcount(Record))
