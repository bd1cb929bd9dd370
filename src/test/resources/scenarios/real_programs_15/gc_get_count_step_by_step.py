# gc.get_count() after a collection, counting container allocations one
# statement at a time (atoms such as str and int are not counted).
import gc

gc.collect()
print("start:", gc.get_count())
a = []
print("a list:", gc.get_count())
b = {}
print("a dict:", gc.get_count())
c = (1, 2)
print("constant tuple:", gc.get_count())
d = tuple(a)
print("empty tuple:", gc.get_count())
e = "text" * 3
print("a str:", gc.get_count())
f = [[], [], []]
print("four lists:", gc.get_count())
del f
print("freed four:", gc.get_count())
g = {i: [i] for i in range(3)}
print("dict comprehension:", gc.get_count())
s = {1, 2, 3}
print("a set:", gc.get_count())
ba = bytearray(4)
print("a bytearray:", gc.get_count())


def counter():
    n = 0

    def step():
        nonlocal n
        n += 1
        return n
    return step


print("a def:", gc.get_count())
step = counter()
print("a closure:", gc.get_count())
gen = (x for x in a)
print("a generator:", gc.get_count())
gc.collect(0)
print("after young collection:", gc.get_count())
