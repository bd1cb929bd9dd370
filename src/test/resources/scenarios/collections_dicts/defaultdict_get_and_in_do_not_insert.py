# get(), in and len() never call the factory; only d[key] does.
from collections import defaultdict
calls = []
def make():
    calls.append(1)
    return "new"
d = defaultdict(make)
print(d.get("a"), "a" in d, len(d), len(calls))
print(d["a"], len(d), len(calls))
print(d["a"], len(calls))
print(d.setdefault("b", "set"), d.pop("b"), len(calls))
