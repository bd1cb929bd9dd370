# repr shows maxlen only when the deque is bounded; maxlen is None otherwise.
from collections import deque
print(deque(), deque("ab"), deque([1, [2]], maxlen=5))
print(deque().maxlen, deque(maxlen=3).maxlen)
d = deque([1])
d.append(d)
print(d)
print(str(deque(range(3))))
