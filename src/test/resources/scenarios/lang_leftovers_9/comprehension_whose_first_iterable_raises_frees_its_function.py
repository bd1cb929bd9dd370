import gc
def g(n):
    return [x for x in range(n)]
gc.collect()
try:
    g(2.5)
except TypeError as e:
    print(e)
print(gc.get_count())
gc.collect()
try:
    [x for x in 5]
except TypeError as e:
    print(e)
print(gc.get_count())
