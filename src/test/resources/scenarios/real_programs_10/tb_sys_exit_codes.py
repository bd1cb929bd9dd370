import sys

def validate(values):
    errors = []
    for i, v in enumerate(values):
        if not isinstance(v, int):
            errors.append(f"item {i}: {v!r} is not an int")
        elif v < 0:
            errors.append(f"item {i}: {v} is negative")
    return errors

data = [3, -1, "x", 7, None]
problems = validate(data)
for p in problems:
    print("ERROR", p, file=sys.stderr)
print(f"{len(problems)} problem(s) in {len(data)} items")
try:
    sys.exit(0)
except SystemExit as e:
    print("caught SystemExit with code", e.code)
try:
    raise SystemExit("message")
except SystemExit as e:
    print("code is the message:", e.code)
if problems:
    print("exiting with status 3")
    sys.exit(3)
print("not reached")
