# JSON round-trips: nested records to text and back, sort_keys, indent, separators, custom default.
import json
from datetime import date

records = [
    {"id": 3, "name": "Zoë", "tags": ["admin", "ops"], "active": True, "score": 91.5, "manager": None},
    {"id": 1, "name": "Omar", "tags": [], "active": False, "score": 78.0, "manager": 3},
]
text = json.dumps(records)
print(text)
back = json.loads(text)
print(back == records, back is records, type(back[0]["tags"]).__name__)
print(json.dumps(records[1], indent=2, sort_keys=True))
print(json.dumps(records[0], ensure_ascii=False, separators=(",", ":")))
pairs = json.dumps({"t": (1, 2), 5: "five", "nan": 1e100})
print(pairs, json.loads(pairs))


def encode(o):
    if isinstance(o, date):
        return {"__date__": o.isoformat()}
    if isinstance(o, set):
        return sorted(o)
    raise TypeError(f"cannot encode {type(o).__name__}")


def decode(d):
    if "__date__" in d:
        return date.fromisoformat(d["__date__"])
    return d


payload = {"due": date(2024, 5, 1), "ids": {3, 1, 2}}
s = json.dumps(payload, default=encode)
print(s)
print(json.loads(s, object_hook=decode))
try:
    json.dumps({"x": object()}, default=encode)
except TypeError as e:
    print("TypeError:", e)
try:
    json.loads('{"a": 1,}')
except json.JSONDecodeError as e:
    print("JSONDecodeError:", e.msg, e.pos, e.lineno, e.colno)
print(json.loads("[1, 2.5, \"x\", true, null]"))
print(json.dumps("tab\there \"quoted\" é"))
