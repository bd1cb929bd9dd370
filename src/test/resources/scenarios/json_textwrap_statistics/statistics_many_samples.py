# Exact results on many seeded samples: the lab must print CPython's floats digit for digit.
import random
import statistics as st

random.seed(2024)
for _ in range(25):
    n = random.randint(2, 9)
    if random.random() < 0.5:
        data = [random.randint(-20, 120) for _ in range(n)]
    else:
        data = [round(random.uniform(0, 50), 2) for _ in range(n)]
    print(st.mean(data), st.variance(data), st.pstdev(data), st.median(data))
