import json

config_text = """
{
  "app": "notes",
  "version": [1, 4, 2],
  "debug": false,
  "db": {"host": "localhost", "port": 5432, "pool": null},
  "users": [{"name": "ana", "admin": true}, {"name": "ben", "admin": false}],
  "ratio": 0.75
}
"""

config = json.loads(config_text)
print(type(config).__name__, sorted(config))
print(config["db"]["port"] + 1, config["db"]["pool"], config["debug"])
admins = [u["name"] for u in config["users"] if u["admin"]]
print("admins:", admins)
print(".".join(map(str, config["version"])))

config["version"][2] += 1
config["users"].append({"name": "cleo", "admin": False})
config["tags"] = ("a", "b")
out = json.dumps(config, indent=2, sort_keys=True)
print(out)
print(json.dumps({"b": 1, "a": [1.5, "x", None, True]}))
print(json.dumps({"text": "caf\u00e9 \"quoted\"\n"}), json.dumps("caf\u00e9", ensure_ascii=False))
print(json.dumps([1, 2], separators=(",", ":")))
back = json.loads(json.dumps(config))
print(back == config, back["tags"])
for bad in ['{"a": 1,}', "[1, 2", "{'a': 1}"]:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(f"{bad!r}: {e.msg} at pos {e.pos}")
try:
    json.dumps({"s": {1, 2}})
except TypeError as e:
    print("TypeError:", e)
