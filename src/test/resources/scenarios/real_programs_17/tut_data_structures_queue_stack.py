# Lists as stacks and queues, nested comprehensions and del, with the memory of each step shown.
import sys
from collections import deque

stack = []
for item in ["a", "b", "c", "d", "e", "f"]:
    stack.append(item)
    print(f"push {item}: len={len(stack)} size={sys.getsizeof(stack)}")
while stack:
    print(f"pop {stack.pop()}: len={len(stack)} size={sys.getsizeof(stack)}")

queue = deque()
for n in range(1, 6):
    queue.append(n)
queue.rotate(2)
print(queue, queue.popleft(), queue.pop(), queue)
queue.extendleft([0, -1])
print(queue, len(queue), queue[0], queue[-1], 3 in queue)
bounded = deque(maxlen=3)
for word in "one two three four five".split():
    bounded.append(word)
    print(list(bounded))

grid = [[r * 3 + c for c in range(3)] for r in range(3)]
flat = [v for row in grid for v in row]
evens = [v for v in flat if v % 2 == 0]
diag = [grid[i][i] for i in range(3)]
print(grid, flat, evens, diag)
copy_shallow = grid[:]
copy_shallow[0][0] = 99
print(grid[0][0], copy_shallow is grid, copy_shallow[0] is grid[0])
del flat[::2]
print(flat)
del grid[1]
print(grid, len(grid))
words = ["banana", "Apple", "cherry", "apple", "Banana"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=lambda w: (len(w), w)))
print(sorted(set(w.lower() for w in words)), {w.lower(): len(w) for w in words})
print(list(enumerate(words, start=1))[:2], list(zip(words, range(3))))
