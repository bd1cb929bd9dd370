# What split() and subgroup() accept: an exception type, a tuple of them, or a function; CPython's TypeError otherwise
eg = ExceptionGroup("g", [ValueError(1)])
for condition in [int, "ValueError", (ValueError, 3), 5, None]:
    try:
        eg.split(condition)
    except TypeError as e:
        print(repr(condition), "->", e)
try:
    eg.subgroup()
except TypeError as e:
    print(e)
print(eg.split(()))
