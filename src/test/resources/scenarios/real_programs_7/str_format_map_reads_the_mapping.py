import gc
import sys

class Defaulting(dict):
    def __missing__(self, key):
        return f"<{key}?>"

row = {"name": "Ada", "langs": ["Python", "C"], "score": 91.5}
print("{name:>6} knows {langs[0]} and {langs[1]}; score {score:.1f}".format_map(row))
print("{name} {unknown}".format_map(Defaulting(name="Bo")))
print("{name.upper} {name!r:>8}".format_map({"name": "cy"}).startswith("<built-in method upper"))
try:
    "{0} {name}".format_map(row)
except ValueError as e:
    print("ValueError:", e)
try:
    "{} {name}".format_map(row)
except ValueError as e:
    print("ValueError:", e)
try:
    "{missing}".format_map(row)
except KeyError as e:
    print("KeyError:", e)
try:
    "{x}".format_map([1])
except TypeError as e:
    print("TypeError:", e)

before = sys.getrefcount(row)
print(sys.getrefcount(row) - before)
gc.collect()
start = gc.get_count()[0]
text = "{name}:{score}".format_map(row)
mapped = gc.get_count()[0] - start
print(text, mapped)
