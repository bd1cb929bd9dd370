# A deque used as a queue: append at the right, popleft from the left (first in, first out).
from collections import deque
q = deque()
for name in ["ann", "bob", "cy"]:
    q.append(name)
    print("queued", name, len(q))
while q:
    print("served", q.popleft(), "left", list(q))
print(q, bool(q))
