# An empty range is a ValueError with CPython's message.
import random
print(random.randrange(1, 2))
print(random.randrange(5, 5))
