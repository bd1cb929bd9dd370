# uniform(a, b) is a + (b - a) * random().
import random
random.seed(0)
print(random.uniform(1, 2), random.uniform(10, 0), random.uniform(-1.5, 1.5))
