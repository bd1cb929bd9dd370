import sys

scores = {"ann": 91, "bob": -4, "cy": 77, "dee": 130}
valid = []
for name, score in scores.items():
    if not 0 <= score <= 100:
        print(f"warning: {name} has an impossible score {score}", file=sys.stderr)
        continue
    valid.append(score)
print("average", sum(valid) / len(valid))
print(len(valid), "valid of", len(scores))
