# str.join reads a list or tuple in place; a generator, a map or a set is first
# made into a list (PySequence_Fast), which the young generation counts once.
import gc

words = ("red", "green", "blue")
sizes = [3, 5, 4]

gc.collect()
line = ", ".join(words)
print(line, gc.get_count())
gc.collect()
line = ", ".join(w.upper() for w in words)
print(line, gc.get_count())
gc.collect()
line = "+".join(map(str, sizes))
print(line, gc.get_count())
gc.collect()
line = "".join(sorted({"b", "a"}))
print(line, gc.get_count())
gc.collect()
line = "-".join({"x": 1}.keys())
print(line, gc.get_count())
gc.collect()
line = "/".join("abc")
print(line, gc.get_count())
