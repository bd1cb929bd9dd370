# The objects json.loads builds are ordinary dicts and lists, each held only by its container.
import json, sys

data = json.loads('{"users": [{"name": "ann", "age": 31}, {"name": "bob", "age": 27}], "total": 2}')
users = data["users"]
print(sys.getrefcount(data), sys.getrefcount(users), sys.getrefcount(users[0]))
first = users[0]
print(sys.getrefcount(first))
del data
print(sys.getrefcount(users), len(users))
name = first["name"]
print(sys.getrefcount(name))
