import gc

gc.collect()
print("start", gc.get_count())
a = []
print("one list", gc.get_count())
b = [[] for _ in range(5)]
print("six lists", gc.get_count())
c = {"k": 1}
print("dict", gc.get_count())
d = (1, 2)
print("constant tuple", gc.get_count())
n = 12345 * 3
print("int", gc.get_count())
s = "text" * 3
print("str", gc.get_count())
del b
print("freed five lists (and the outer one)", gc.get_count())

class Thing:
    pass

print("class statement", gc.get_count())
t = Thing()
print("instance", gc.get_count())
t.x = 1
print("after attribute", gc.get_count())
gc.collect()
print("after collect", gc.get_count())
print("threshold", gc.get_threshold())
junk = [[i] for i in range(650)]
print("after 651 lists", gc.get_count())
del junk
print("after freeing", gc.get_count())
