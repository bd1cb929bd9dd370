# `[y for x in data if (y := f(x)) is not None]` calls f once per item; the last computed value stays bound in the function
import sys
def parse(s):
    return [int(s)] if s.isdigit() else None
def load(data):
    out = [y for x in data if (y := parse(x)) is not None]
    print(out, y, sys.getrefcount(out[-1]))
    return out
load(["1", "x", "22", "?"])
