# A str seed is hashed with SHA-512 (version 2), so it also gives fixed numbers.
import random
random.seed("hello")
print(random.random(), random.randint(1, 100))
