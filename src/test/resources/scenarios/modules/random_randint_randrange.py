# randint and randrange, with steps and negative steps.
import random
random.seed(1)
print([random.randint(1, 6) for _ in range(10)])
print([random.randrange(10) for _ in range(5)], random.randrange(0, 100, 7), random.randrange(10, 0, -3))
