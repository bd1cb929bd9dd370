import random
random.seed(2024)
inside = 0
n = 2000
for _ in range(n):
    x, y = random.random(), random.random()
    if x * x + y * y <= 1:
        inside += 1
print("pi ~", 4 * inside / n)
random.seed(3)
population = list(range(1, 11))
print(random.choices(population, k=5))
print(sorted(random.sample(population, 3)))
