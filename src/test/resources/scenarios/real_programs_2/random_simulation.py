import random
random.seed(42)
rolls = [random.randint(1, 6) for _ in range(20)]
print(rolls)
counts = {i: rolls.count(i) for i in range(1, 7)}
print(counts)
random.seed(7)
deck = [r + s for s in "SHDC" for r in "A23456789TJQK"]
random.shuffle(deck)
print(deck[:5])
print(random.choice(deck), random.sample(range(100), 5))
print(round(random.random(), 6), round(random.uniform(1, 2), 6))
walk = 0
random.seed(1)
for step in range(100):
    walk += random.choice((-1, 1))
print("walk", walk)
