# Lab 9: simulations with a fixed seed so everyone's output matches.
import random

random.seed(42)
rolls = [random.randint(1, 6) for _ in range(20)]
print("rolls:", rolls)
counts = {face: rolls.count(face) for face in range(1, 7)}
for face, c in counts.items():
    print(f"{face}: {'#' * c}")

suits = ["♠", "♥", "♦", "♣"]
ranks = ["A", "2", "3", "4", "5", "6", "7", "8", "9", "10", "J", "Q", "K"]
deck = [r + s for s in suits for r in ranks]
random.shuffle(deck)
hand = deck[:5]
print("hand:", hand)
print("choice:", random.choice(deck), random.choice("xyz"), random.choice(range(100)))
print("sample:", random.sample(range(1, 50), 6))
print("sample of deck:", random.sample(deck, 3))
print("uniform:", [round(random.uniform(10, 20), 3) for _ in range(3)])
print("random:", [round(random.random(), 4) for _ in range(3)])
print("randrange:", [random.randrange(0, 100, 5) for _ in range(5)])
print("gauss:", [round(random.gauss(100, 15), 2) for _ in range(3)])
print("choices:", random.choices(["red", "green", "blue"], weights=[5, 1, 1], k=8))
random.seed("coffee")
print("str seed:", random.randint(1, 1000))
state = random.getstate()
first = [random.random() for _ in range(2)]
random.setstate(state)
print("replayed:", first == [random.random() for _ in range(2)])
