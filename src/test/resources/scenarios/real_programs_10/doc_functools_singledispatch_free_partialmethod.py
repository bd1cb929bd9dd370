import functools

class Cell:
    def __init__(self):
        self._alive = False
    @property
    def alive(self):
        return self._alive
    def set_state(self, state):
        self._alive = bool(state)
    def set_alive(self):
        self.set_state(True)
    def set_dead(self):
        self.set_state(False)

c = Cell()
print(c.alive)
c.set_alive()
print(c.alive)
c.set_dead()
print(c.alive)

def log(level, msg, *, sep=": "):
    return f"{level}{sep}{msg}"
warn = functools.partial(log, "WARN")
print(warn("disk low"), warn("x", sep=" - "))
again = functools.partial(warn, sep="|")
print(again("nested"), again.func is log, again.args)

@functools.lru_cache(maxsize=32)
def count_vowels(s):
    return sum(ch in "aeiou" for ch in s)
for w in ["banana", "apple", "banana", "kiwi", "apple"]:
    count_vowels(w)
print(count_vowels.cache_info())
print(functools.reduce(lambda a, b: a * b, range(1, 11)))
print(functools.reduce(max, [3, 9, 2, 7]))
