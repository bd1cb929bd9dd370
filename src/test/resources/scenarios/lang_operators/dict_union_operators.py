# d1 | d2 is a new dict (the right side wins); d |= other updates d itself, from pairs too.
import sys
defaults = {"color": "red", "size": 1}
chosen = {"size": 3}
merged = defaults | chosen
print(merged, defaults, merged is defaults)
settings = defaults
settings |= [("shape", "round")]
print(defaults, settings is defaults, sys.getsizeof(merged))
try:
    defaults | [("a", 1)]
except TypeError as e:
    print(e)
try:
    settings |= 3
except TypeError as e:
    print(e)
