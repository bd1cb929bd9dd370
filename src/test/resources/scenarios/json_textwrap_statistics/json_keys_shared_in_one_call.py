# Within one loads call, equal keys are one str object; separate calls make separate ones.
import json, sys

rows = json.loads('[{"city": "Oslo", "pop": 709000}, {"city": "Rome", "pop": 2873000}, {"city": "Lima", "pop": 9751000}]')
keys = [next(iter(r)) for r in rows]
print(keys[0] is keys[1], keys[1] is keys[2])
print(sys.getrefcount(keys[0]))
other = json.loads('{"city": "Kyiv"}')
print(next(iter(other)) is keys[0])
values = [r["city"] for r in rows]
print(sys.getrefcount(values[0]))
a = json.loads('["same", "same"]')
print(a[0] is a[1], a[0] == a[1])
