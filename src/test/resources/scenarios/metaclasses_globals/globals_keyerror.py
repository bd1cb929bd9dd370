# A missing key is a KeyError, not a NameError
try:
    print(globals()["not_defined_anywhere"])
except KeyError as e:
    print("KeyError:", e)

try:
    print(not_defined_anywhere)
except NameError as e:
    print("NameError:", e)
