# random.seed(42) makes random() draw CPython's Mersenne Twister numbers.
import random
random.seed(42)
print(random.random(), random.random(), random.random())
random.seed(42)
print(random.random())
