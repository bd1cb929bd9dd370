import json

students = [
    {"name": "Ana", "scores": [88, 92, 79], "active": True},
    {"name": "Ben", "scores": [65, 70], "active": False},
    {"name": "Cleo", "scores": [], "active": True, "note": None},
]

def summary(s):
    scores = s["scores"]
    avg = round(sum(scores) / len(scores), 1) if scores else None
    return {"name": s["name"], "average": avg, "count": len(scores)}

report = {"class": "CS101", "students": [summary(s) for s in students]}
print(json.dumps(report))
print(json.dumps(report, indent=2))
print(json.dumps({"b": 1, "a": [1.5, True, None]}, sort_keys=True, separators=(",", ":")))
print(json.dumps("café ☕"), json.dumps("café", ensure_ascii=False))
loaded = json.loads(json.dumps(report))
print(loaded == report, loaded["students"][2])
