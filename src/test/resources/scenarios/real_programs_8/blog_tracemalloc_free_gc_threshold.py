import gc

gc.collect()
print("threshold:", gc.get_threshold())
start = gc.get_count()[0]
objs = []
for i in range(10):
    objs.append({"i": i})
print("gen0 grew by", gc.get_count()[0] - start)
objs.append([1, 2])
print("gen0 grew by", gc.get_count()[0] - start)
del objs
print("after del:", gc.get_count()[0] - start)
n = 5
nums = [x * 2 for x in range(n)]
print(gc.get_count()[0] - start)
s = "a" * 10
f = 3.14 * 2
print("atoms are not counted:", gc.get_count()[0] - start)
t = tuple(nums)
print("tuple:", gc.get_count()[0] - start)
gc.collect()
print(gc.get_count())
