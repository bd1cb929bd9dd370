import gc

gc.collect()
print("start", gc.get_count())
a = [[] for _ in range(10)]
print("10 lists", gc.get_count())
b = {i: i for i in range(10)}
print("1 dict", gc.get_count())
c = tuple(range(10))
print("1 tuple", gc.get_count())
del a
print("freed 10 lists", gc.get_count())
x = 12345
y = "text" * 3
print("ints and strs", gc.get_count())
gc.collect(0)
print("after gen0 collect", gc.get_count())
gc.collect(1)
print("after gen1 collect", gc.get_count())
