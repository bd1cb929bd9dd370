# A small settings validator: each key's allowed types written with typing's Optional and Union
# and with `X | None`, checked with isinstance.
from typing import Any, Dict, Optional, Union

SCHEMA = {
    "host": str,
    "port": int,
    "timeout": Optional[float],
    "retries": int | None,
    "tags": Union[list, tuple],
    "debug": bool,
}


def validate(settings: Dict[str, Any]) -> list:
    problems = []
    for key, expected in SCHEMA.items():
        if key not in settings:
            problems.append(f"missing {key!r}")
            continue
        value = settings[key]
        if not isinstance(value, expected):
            problems.append(f"{key}: {type(value).__name__} is not {expected}")
    for key in settings.keys() - SCHEMA.keys():
        problems.append(f"unknown key {key!r}")
    return problems


good = {"host": "db.local", "port": 5432, "timeout": None, "retries": 3, "tags": ("a", "b"), "debug": False}
bad = {"host": 1, "port": "5432", "timeout": 2, "retries": 1.5, "tags": {"a"}, "colour": "blue"}
for name, settings in [("good", good), ("bad", bad)]:
    found = validate(settings)
    print(name, "ok" if not found else f"{len(found)} problems")
    for p in sorted(found):
        print("  -", p)
print(Optional[float], Union[list, tuple], int | None)
