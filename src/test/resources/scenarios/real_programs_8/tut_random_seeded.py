import random

random.seed(42)
print(random.random())
print(random.randint(1, 6), random.randint(1, 6), random.randrange(0, 100, 5))
deck = [f"{r}{s}" for s in "SHDC" for r in "A23456789TJQK"]
random.shuffle(deck)
print(deck[:5])
print(random.choice(deck), random.sample(range(50), 4))
print(random.choices("abc", weights=[5, 1, 1], k=6))
print(round(random.uniform(1.5, 2.5), 6))
rng = random.Random(7)
rolls = [rng.randint(1, 6) for _ in range(10)]
print(rolls, sum(rolls))
random.seed("lab")
print(random.random() < 1, random.getrandbits(8))

def monte_carlo_pi(n, seed):
    r = random.Random(seed)
    inside = sum(1 for _ in range(n) if r.random() ** 2 + r.random() ** 2 <= 1)
    return 4 * inside / n

print(monte_carlo_pi(2000, 1))
