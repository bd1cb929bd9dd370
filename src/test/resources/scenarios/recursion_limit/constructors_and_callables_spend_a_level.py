# Calling a class or a callable instance goes through tp_call, which spends a level of the limit
# besides the frame of __init__ or __call__; a plain function call spends only its frame.
import sys

sys.setrecursionlimit(150)
made = 0


class Matryoshka:
    def __init__(self, size):
        global made
        made += 1
        self.inner = Matryoshka(size - 1) if size > 0 else None


class Countdown:
    def __init__(self):
        self.calls = 0

    def __call__(self, n):
        self.calls += 1
        return n if n == 0 else self(n - 1)


def plain(n):
    return n if n == 0 else plain(n - 1)


for size in (20, 70, 80):
    made = 0
    try:
        Matryoshka(size)
        print(size, "dolls", made)
    except RecursionError as err:
        print(size, "RecursionError after", made, "dolls:", err)

c = Countdown()
for n in (50, 75):
    c.calls = 0
    try:
        print(n, c(n), c.calls)
    except RecursionError as err:
        print(n, "RecursionError after", c.calls, "calls:", err)
print(plain(140))
try:
    plain(150)
except RecursionError as err:
    print("plain 150:", err)
