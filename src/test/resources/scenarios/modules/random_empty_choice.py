# choice from an empty sequence is an IndexError.
import random
random.seed(0)
print(random.choice([1]))
print(random.choice([]))
