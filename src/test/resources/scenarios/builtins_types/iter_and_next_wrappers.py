# __iter__ and __next__ called directly
it = [1, 2].__iter__()
print(it.__next__(), it.__next__())
try:
    it.__next__()
except StopIteration:
    print("stop")
