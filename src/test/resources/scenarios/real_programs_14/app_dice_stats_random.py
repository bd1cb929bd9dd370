import gc
import random
from collections import Counter


random.seed(42)
gc.collect()
rolls = [random.randint(1, 6) + random.randint(1, 6) for _ in range(200)]
counts = Counter(rolls)
for total in range(2, 13):
    bar = "#" * (counts[total] // 2)
    print(f"{total:>2} {counts[total]:>3} {bar}")
print("most common:", counts.most_common(3))
deck = [f"{r}{s}" for s in "SHDC" for r in "A23456789TJQK"]
random.shuffle(deck)
hand = sorted(deck[:5])
print("hand:", hand)
print("sample:", random.sample(range(100), 5))
print("choice:", random.choice(["red", "green", "blue"]))
print("uniform:", round(random.uniform(1, 2), 6))
print("collected:", gc.collect())
