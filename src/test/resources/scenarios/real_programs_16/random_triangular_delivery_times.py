# A seeded delivery-time simulation with random.triangular (low, high, most likely), as a
# statistics chapter uses it: every draw takes one random() and a square root.
import random
import statistics

random.seed(42)
times = [random.triangular(20, 60, 30) for _ in range(12)]
print([round(t, 3) for t in times])
print(f"mean {statistics.mean(times):.4f} median {statistics.median(times):.4f}")
print(random.triangular(), random.triangular(1, 3), random.triangular(low=5, high=10, mode=9))
print(random.triangular(4, 4, 4), random.triangular(2.5, 2.5, 1), random.triangular(10, 0))
rng = random.Random(7)
print([round(rng.triangular(0, 1, 0.9), 6) for _ in range(4)])
buckets = {}
random.seed(1)
for _ in range(200):
    b = int(random.triangular(0, 10, 8))
    buckets[b] = buckets.get(b, 0) + 1
print(sorted(buckets.items()))
try:
    random.triangular(1, 2, 3, 4)
except TypeError as e:
    print("TypeError:", e)
