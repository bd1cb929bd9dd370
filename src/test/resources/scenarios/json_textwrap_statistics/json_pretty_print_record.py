# Pretty-printing a student record with indent and sorted keys.
import json

student = {"name": "Ada", "id": 1815, "grades": [92, 88.5, 100], "address": {"city": "London", "zip": None}, "active": True}
print(json.dumps(student, indent=4))
print(json.dumps(student, indent=2, sort_keys=True))
print(json.dumps(student, indent="\t"))
print(json.dumps([], indent=2), json.dumps({}, indent=2))
