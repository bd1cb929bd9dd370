# A dict whose keys are all str visits only its values: a str cannot be part of a cycle.
import gc
d = {"first": [1], "second": (2, [3]), "third": "text"}
print(gc.get_referents(d))
