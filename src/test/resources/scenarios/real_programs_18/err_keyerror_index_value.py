# Lookup errors from a student roster program.
roster = {"ada": [91, 84], "bo": [77], "cy": []}

def average(name):
    scores = roster[name]
    return sum(scores) / len(scores)

for who in ["ada", "bo", "cy", "dee"]:
    try:
        print(who, round(average(who), 2))
    except KeyError as e:
        print("no student", e, repr(e), e.args)
    except ZeroDivisionError as e:
        print(who, "has no scores:", e)

grid = [[1, 2, 3], [4, 5, 6]]
for r, c in [(0, 0), (1, 2), (2, 0), (0, 3), (-1, -1), (-3, 0)]:
    try:
        print((r, c), grid[r][c])
    except IndexError as e:
        print((r, c), "IndexError:", e)

words = "apple banana cherry".split()
try:
    words.pop(5)
except IndexError as e:
    print(e)
try:
    [].pop()
except IndexError as e:
    print(e)
try:
    words.index("kiwi")
except ValueError as e:
    print(e)
try:
    words.remove("kiwi")
except ValueError as e:
    print(e)
try:
    "banana".index("z")
except ValueError as e:
    print(e)
try:
    (1, 2, 3).index(9)
except ValueError as e:
    print(e)
try:
    "abc"[10]
except IndexError as e:
    print(e)
try:
    (1, 2)[5]
except IndexError as e:
    print(e)
try:
    range(3)[7]
except IndexError as e:
    print(e)
try:
    {}.popitem()
except KeyError as e:
    print(e)
try:
    set().pop()
except KeyError as e:
    print(e)
try:
    {1, 2}.remove(3)
except KeyError as e:
    print(repr(e))
for text in ["42", " 7 ", "3.5", "x", "", "1_000", "٣"]:
    try:
        print(repr(text), "->", int(text))
    except ValueError as e:
        print(e)
for text in ["2.5", "nan", "1e3", "abc", " -0.0 "]:
    try:
        print(repr(text), "->", float(text))
    except ValueError as e:
        print(e)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    a, b, c = "xy"
except ValueError as e:
    print(e)
try:
    int("12", 1)
except ValueError as e:
    print(e)
try:
    "a=1".split("=", "x")
except TypeError as e:
    print(e)
try:
    import math
    math.sqrt(-1)
except ValueError as e:
    print(e)
d = {"x": 1}
print(d.get("y"), d.get("y", 0))
d["missing"]
