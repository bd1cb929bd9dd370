import gc
import math


scores = {"ana": 62, "ben": 75, "cai": 88, "dee": 91, "eli": 55, "fay": 79, "gus": 70}

gc.collect()
n = len(scores)
mean = sum(scores.values()) / n
var = sum((s - mean) ** 2 for s in scores.values()) / (n - 1)
sd = math.sqrt(var)
print(f"n={n} mean={mean:.2f} sd={sd:.3f}")
curved = {name: min(100, round(s + (80 - mean))) for name, s in scores.items()}
z = {name: (s - mean) / sd for name, s in scores.items()}
for name in sorted(scores, key=scores.get, reverse=True):
    print(f"{name}: {scores[name]:>3} -> {curved[name]:>3}  z={z[name]:+.2f}")
passed = {k for k, v in curved.items() if v >= 70}
print("passed:", sorted(passed), "failed:", sorted(scores.keys() - passed))
buckets = {}
for name, s in curved.items():
    buckets.setdefault(s // 10 * 10, []).append(name)
print({k: sorted(v) for k, v in sorted(buckets.items())})
print("count:", gc.get_count())
