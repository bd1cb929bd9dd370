# __init__ runs after int's __new__ with the same arguments; __new__ decides the value.
class Counter(int):
    def __init__(self, start):
        self.history = [int(self)]

    def bump(self):
        nxt = Counter(self + 1)
        nxt.history = self.history + [int(nxt)]
        return nxt


c = Counter(3)
c = c.bump().bump()
print(c, c.history, type(c).__name__)


class Label(str):
    def __init__(self, text):
        super().__init__()
        self.length = len(text)


lab = Label("abc")
print(lab, lab.length)


class Bad(int):
    def __init__(self, value):
        super().__init__(value)


try:
    Bad(1)
except TypeError as e:
    print("TypeError:", e)
