# A moving average over the last three values, a common use of maxlen.
from collections import deque
window = deque(maxlen=3)
for x in [10, 20, 30, 40, 50]:
    window.append(x)
    print(x, list(window), sum(window) / len(window))
