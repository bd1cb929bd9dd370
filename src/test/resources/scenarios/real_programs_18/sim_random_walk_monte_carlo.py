# Random walks and a Monte Carlo estimate of pi.
import random
import math

random.seed(2024)

def walk(steps):
    x = y = 0
    for _ in range(steps):
        dx, dy = random.choice([(0, 1), (0, -1), (1, 0), (-1, 0)])
        x += dx
        y += dy
    return x, y

for steps in (10, 100, 400):
    ends = [walk(steps) for _ in range(8)]
    mean_dist = sum(math.hypot(x, y) for x, y in ends) / len(ends)
    print(f"{steps:5} steps: mean distance {mean_dist:.3f}, sqrt(n) = {math.sqrt(steps):.3f}")

inside = 0
N = 2000
for _ in range(N):
    if random.random() ** 2 + random.random() ** 2 <= 1:
        inside += 1
print("pi ~", 4 * inside / N)

heights = [random.gauss(170, 8) for _ in range(300)]
mean = sum(heights) / len(heights)
var = sum((h - mean) ** 2 for h in heights) / (len(heights) - 1)
print(f"mean {mean:.2f} sd {var ** 0.5:.2f} min {min(heights):.1f} max {max(heights):.1f}")
buckets = {}
for h in heights:
    key = int(h // 5 * 5)
    buckets[key] = buckets.get(key, 0) + 1
for key in sorted(buckets):
    print(f"{key}-{key + 4}: {buckets[key]:3d} {'*' * (buckets[key] // 4)}")
print(random.expovariate(0.5) > 0, round(random.triangular(0, 10, 3), 4), round(random.normalvariate(0, 1), 4))
