# Negative seeds use their absolute value; big seeds use every bit.
import random
random.seed(-7)
a = random.random()
random.seed(7)
print(a == random.random())
random.seed(2 ** 100 + 12345)
print(random.getrandbits(32), random.getrandbits(70), random.getrandbits(5))
