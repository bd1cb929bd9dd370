from collections import Counter
from itertools import product

def score(secret, guess):
    exact = sum(s == g for s, g in zip(secret, guess))
    common = sum((Counter(secret) & Counter(guess)).values())
    return exact, common - exact

secret = "RGBY"
for guess in ("RRRR", "GRYB", "RGBY", "YBGR", "OOPP"):
    b, w = score(secret, guess)
    print(f"{guess}: {b} black, {w} white")

colors = "RGB"
codes = ["".join(p) for p in product(colors, repeat=3)]
possible = codes[:]
target = "BRG"
guess = "RRG"
turn = 1
while True:
    result = score(target, guess)
    print(f"turn {turn}: {guess} -> {result}, {len(possible)} candidates")
    if result == (3, 0):
        break
    possible = [c for c in possible if score(c, guess) == result]
    guess = possible[0]
    turn += 1
print("solved in", turn)
