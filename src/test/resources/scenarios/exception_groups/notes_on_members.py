# add_note on the group and on its members; __notes__ is a list made on the first note
errors = [ValueError("width"), ValueError("height")]
for i, e in enumerate(errors):
    e.add_note(f"in row {i + 1}")
eg = ExceptionGroup("sizes", errors)
print(hasattr(eg, "__notes__"))
eg.add_note("file: shapes.csv")
eg.add_note("line 12")
print(eg.__notes__, [e.__notes__ for e in eg.exceptions])
try:
    eg.add_note(12)
except TypeError as e:
    print(e)
part = eg.subgroup(lambda e: "width" in str(e))
print(part.__notes__, part.exceptions[0].__notes__ is errors[0].__notes__)
