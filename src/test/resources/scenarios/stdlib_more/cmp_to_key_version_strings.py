# sorting version strings with an old-style cmp function through cmp_to_key, and the same order with a tuple key; the strings keep their counts after the sort
import sys
from functools import cmp_to_key

def compare_versions(a, b):
    pa = [int(x) for x in a.split(".")]
    pb = [int(x) for x in b.split(".")]
    return (pa > pb) - (pa < pb)

versions = "1.10 1.2 1.9.3 2.0 1.9 0.9.12".split()
print(sorted(versions))
print(sorted(versions, key=cmp_to_key(compare_versions)))
print(sorted(versions, key=lambda v: [int(x) for x in v.split(".")]))
newest = max(versions, key=cmp_to_key(compare_versions))
print(newest, sys.getrefcount(newest))
versions.sort(key=cmp_to_key(compare_versions), reverse=True)
print(versions)
