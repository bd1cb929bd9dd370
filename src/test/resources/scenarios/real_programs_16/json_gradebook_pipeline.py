# A JSON gradebook: load text, validate with custom errors, compute, dump a report as JSON again.
import json


class GradebookError(Exception):
    pass


class MissingField(GradebookError):
    def __init__(self, record, field):
        super().__init__(f"record {record.get('id', '?')} lacks {field!r}")


class BadScore(GradebookError, ValueError):
    pass


RAW = """
[
  {"id": 1, "name": "Ana", "scores": [88, 92, 79]},
  {"id": 2, "name": "Ben", "scores": [70, "x", 80]},
  {"id": 3, "scores": [99]},
  {"id": 4, "name": "Cam", "scores": [65, 72, 58, 90]},
  {"id": 5, "name": "Dee", "scores": []}
]
"""


def validate(rec):
    for field in ("name", "scores"):
        if field not in rec:
            raise MissingField(rec, field)
    if not rec["scores"]:
        raise BadScore(f"record {rec['id']} has no scores")
    for s in rec["scores"]:
        if not isinstance(s, (int, float)):
            raise BadScore(f"record {rec['id']} has non-numeric score {s!r}")
    return rec


good, problems = [], []
for rec in json.loads(RAW):
    try:
        good.append(validate(rec))
    except MissingField as e:
        problems.append(("missing", str(e)))
    except BadScore as e:
        problems.append(("bad", str(e), isinstance(e, ValueError)))
report = {
    "students": [{"name": r["name"], "avg": round(sum(r["scores"]) / len(r["scores"]), 2),
                  "best": max(r["scores"])} for r in good],
    "problems": problems,
    "count": {"ok": len(good), "rejected": len(problems)},
}
text = json.dumps(report, indent=2)
print(text)
again = json.loads(text)
print(again["count"], again == report, [tuple(p) for p in again["problems"]] == problems)
print(json.dumps(sorted(report["students"], key=lambda s: -s["avg"]), separators=(", ", ": ")))
print(BadScore.__mro__[1].__name__, issubclass(BadScore, ValueError), MissingField.__bases__)
