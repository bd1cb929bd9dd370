import random

random.seed(2024)
deck = [r + s for s in "SHDC" for r in "A23456789TJQK"]
random.shuffle(deck)
hand = deck[:5]
print(hand)
print(random.choice(["rock", "paper", "scissors"]))
rolls = [random.randint(1, 6) for _ in range(10)]
print(rolls, sum(rolls))
print(random.sample(range(1, 50), 6))
print(round(random.random(), 6), round(random.uniform(10, 20), 4))
print(random.choices("ab", weights=[9, 1], k=8))
random.seed(2024)
again = [r + s for s in "SHDC" for r in "A23456789TJQK"]
random.shuffle(again)
print(again[:5] == hand)
print(random.randrange(0, 100, 5))
