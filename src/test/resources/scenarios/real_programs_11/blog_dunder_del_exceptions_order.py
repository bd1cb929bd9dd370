class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print(f"__del__ {self.name}")

def fails():
    local = Noisy("local in failing function")
    raise ValueError("boom")

try:
    fails()
except ValueError as err:
    print("handling", err)
    print("the traceback still holds the frame")
print("after the except block")

def returns_early(flag):
    a = Noisy("a")
    if flag:
        return "early"
    b = Noisy("b")
    return "late"

print(returns_early(True))
print(returns_early(False))
items = [Noisy(f"item{i}") for i in range(3)]
items.reverse()
print("clearing list")
items.clear()
print("done")
