# Invalid field names are refused when the class is made.
from collections import namedtuple
for fields in ["a _b", "a class", "a 1x"]:
    try:
        namedtuple("T", fields)
    except ValueError as e:
        print(e)
print(namedtuple("T", "a class _c", rename=True)._fields)
namedtuple("T", "a b a")
