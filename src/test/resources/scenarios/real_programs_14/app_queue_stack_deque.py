import gc
from collections import deque


def balanced(expr):
    pairs = {")": "(", "]": "[", "}": "{"}
    stack = []
    for i, ch in enumerate(expr):
        if ch in "([{":
            stack.append(ch)
        elif ch in pairs:
            if not stack or stack.pop() != pairs[ch]:
                return f"mismatch at {i}"
    return "ok" if not stack else f"{len(stack)} unclosed"


def hot_potato(names, passes):
    circle = deque(names)
    order = []
    while len(circle) > 1:
        circle.rotate(-passes)
        order.append(circle.pop())
    return order, circle[0]


gc.collect()
for e in ["(a[b]{c})", "(]", "((x)", "{[()()]}"]:
    print(f"{e:<10} {balanced(e)}")
out, winner = hot_potato(["ann", "bo", "cy", "di", "ed", "flo"], 3)
print("out:", out, "winner:", winner)
window = deque(maxlen=3)
for x in range(1, 8):
    window.append(x * x)
    print(x, list(window), sum(window) / len(window))
print("count:", gc.get_count())
print(window, window.maxlen)
