# choice picks by position; shuffle swaps in place from the end.
import random
random.seed(3)
deck = list(range(10))
random.shuffle(deck)
print(deck)
print(random.choice("abcdef"), random.choice([10, 20, 30]), random.choice((1,)))
