import random

BEATS = {"rock": "scissors", "scissors": "paper", "paper": "rock"}

def winner(a, b):
    if a == b:
        return 0
    return 1 if BEATS[a] == b else -1

class Player:
    def __init__(self, name, strategy):
        self.name = name
        self.strategy = strategy
        self.score = 0

def random_move(rng, history):
    return rng.choice(sorted(BEATS))

def copycat(rng, history):
    return history[-1] if history else "rock"

rng = random.Random(7)
p1 = Player("random", random_move)
p2 = Player("copycat", copycat)
h1, h2 = [], []
for rnd in range(1, 9):
    m1 = p1.strategy(rng, h2)
    m2 = p2.strategy(rng, h1)
    h1.append(m1)
    h2.append(m2)
    w = winner(m1, m2)
    if w > 0:
        p1.score += 1
    elif w < 0:
        p2.score += 1
    print(f"round {rnd}: {m1:8} vs {m2:8} -> {['draw', p1.name, p2.name][w]}")
print("final:", p1.score, p2.score)
