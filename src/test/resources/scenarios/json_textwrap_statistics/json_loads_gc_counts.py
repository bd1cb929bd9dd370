# gc.get_count() after json.loads: each dict and list it builds is a new tracked container.
import gc, json

gc.collect()
config = json.loads('{"a": [1, 2, 3], "b": {"c": null}}')
print(gc.get_count())
config = json.loads('{"a": [1, 2, 3], "b": {"c": null}}')
print(gc.get_count())
gc.collect()
for i in range(3):
    row = json.loads('[{"id": 1}, {"id": 2}]')
    print(gc.get_count())
gc.collect()
n = json.loads("42")
print(gc.get_count(), n)
