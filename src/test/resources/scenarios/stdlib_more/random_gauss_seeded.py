# random.gauss with a seed gives CPython's floats: Box-Muller makes a pair from two draws and keeps the second for the next call (gauss_next), which seed() clears
import random
import sys

random.seed(42)
heights = [round(random.gauss(170, 10), 1) for _ in range(8)]
print(heights)
random.seed(2024)
print(random.gauss(), random.gauss(), random.gauss(mu=5.0), random.gauss(sigma=0.1))
random.seed(7)
first = random.gauss()
after_one = random.random()
random.seed(7)
same = random.gauss()
cached = random.gauss()
after_two = random.random()
print(first == same, after_one == after_two, cached)
random.seed(7)
random.gauss()
random.seed(7)
print(random.gauss() == first)
noise = [random.gauss(0, 1) for _ in range(1000)]
mean = sum(noise) / len(noise)
print(round(mean, 6), round(max(noise), 6), round(min(noise), 6))
value = random.gauss(100, 15)
print(type(value), sys.getsizeof(value))
