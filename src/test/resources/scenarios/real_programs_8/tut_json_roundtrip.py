import json

record = {"name": "Ada", "langs": ["python", "c"], "active": True, "score": 9.5, "boss": None}
text = json.dumps(record)
print(text)
back = json.loads(text)
print(back == record, back is record, type(back["langs"]).__name__)
print(json.dumps(record, indent=2, sort_keys=True))
print(json.dumps([1, (2, 3), "é"]), json.dumps("é", ensure_ascii=False))
print(json.loads('{"a": [1, 2.0, null, true]}'))
try:
    json.loads("{bad json}")
except json.JSONDecodeError as e:
    print("JSONDecodeError:", e.msg, e.pos)
try:
    json.dumps({1, 2})
except TypeError as e:
    print("TypeError:", e)
print(json.dumps({"b": 1, "a": 2}, separators=(",", ":")))
