# from random import * in a dice game
from random import *

seed(42)
rolls = [randint(1, 6) for _ in range(10)]
print(rolls)
print(choice(["rock", "paper", "scissors"]))
deck = list(range(10))
shuffle(deck)
print(deck)
print(sample(range(100), 3))
print(round(uniform(1, 2), 6))
