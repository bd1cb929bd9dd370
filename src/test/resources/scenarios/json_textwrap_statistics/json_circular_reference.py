# A list that contains itself cannot be written as JSON.
import json

todo = ["wash", "cook"]
todo.append(todo)
try:
    json.dumps(todo)
except ValueError as e:
    print("ValueError:", e)

family = {"name": "root", "children": []}
family["children"].append({"name": "child", "parent": family})
try:
    json.dumps(family)
except ValueError as e:
    print("ValueError:", e)

shared = [1, 2]
print(json.dumps([shared, shared, {"again": shared}]))
