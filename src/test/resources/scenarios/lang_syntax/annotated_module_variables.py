# Module-level annotations: the value is bound, and __annotations__ maps each plain name to its evaluated annotation.
count: int = 0
names: list = ["a"]
ratio: float
print(count, names)
print(__annotations__)
try:
    print(ratio)
except NameError as e:
    print("NameError:", e)
