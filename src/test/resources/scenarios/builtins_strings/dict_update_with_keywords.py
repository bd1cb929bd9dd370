# dict.update takes at most one mapping or iterable of pairs, then keyword arguments.
import sys
settings = {}
settings.update(color="red", size=2)
print(settings, sys.getsizeof(settings))
settings.update({"shape": "round"}, size=3)
settings.update([("level", 1)], mode="dark")
print(settings)
try:
    settings.update({}, {})
except TypeError as e:
    print(e)
try:
    settings.update([("only",)])
except ValueError as e:
    print(e)
print("saved", "settings", sep=": ", end=".\n", flush=True)
print("to standard output", file=None)
