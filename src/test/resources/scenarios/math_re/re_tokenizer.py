# A tokenizer for arithmetic with finditer and lastgroup.
import re
import sys

TOKEN = re.compile(r"""
    (?P<NUMBER>\d+(?:\.\d*)?)
  | (?P<NAME>[A-Za-z_]\w*)
  | (?P<OP>[-+*/()=])
  | (?P<SKIP>[ \t]+)
  | (?P<MISMATCH>.)
""", re.VERBOSE)

def tokens(src):
    for m in TOKEN.finditer(src):
        kind = m.lastgroup
        if kind == "SKIP":
            continue
        yield kind, m.group(), m.start()

print(list(tokens("x = 3.5 * (y + 42) / z2 $")))
src = "a+b"
it = TOKEN.finditer(src)
print(type(it).__name__, sys.getrefcount(src))
first = next(it)
print(first, sys.getrefcount(src))
rest = list(it)
print(rest, sys.getrefcount(src))
print(next(it, "done"))
print([m.span() for m in re.finditer(r"\b", "hi there")], [m.group() for m in re.finditer(r"x*", "axxb")])
