# __exit__ runs when the body returns or breaks out of a loop.
class M:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        return self
    def __exit__(self, *info):
        print("exit", self.name)
def f():
    with M("in f"):
        return "returned"
print(f())
for i in range(3):
    with M(i):
        if i == 1:
            break
        print("body", i)
