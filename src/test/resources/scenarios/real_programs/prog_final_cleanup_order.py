# what happens at interpreter exit
import sys

class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("bye", self.name)

first = Noisy("first")
second = Noisy("second")
container = [Noisy("in list 1"), Noisy("in list 2")]
mapping = {"k": Noisy("in dict")}
third = Noisy("third")
print("refcounts:", sys.getrefcount(first), sys.getrefcount(container[0]))
print("main finished")
