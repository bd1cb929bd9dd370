class Noisy:
    log = []

    def __init__(self, name):
        self.name = name
        print(f"+ {name}")

    def __del__(self):
        print(f"- {self.name}")
        Noisy.log.append(self.name)


def scope():
    a = Noisy("local-a")
    b = Noisy("local-b")
    print("leaving scope")


scope()
print("--- rebinding")
x = Noisy("first")
x = Noisy("second")
print("--- list of three")
lst = [Noisy(f"item{i}") for i in range(3)]
lst.pop(1)
print("after pop")
lst.reverse()
del lst
print("--- exception holds a frame")
try:
    tmp = Noisy("in-try")
    raise ValueError("boom")
except ValueError as e:
    print("caught", e)
del tmp
print("--- temporary")
Noisy("temp").name
print("--- dict")
reg = {k: Noisy(k) for k in "pq"}
reg.clear()
print("log:", Noisy.log)
print("end of program")
