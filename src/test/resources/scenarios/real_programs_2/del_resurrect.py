import gc
saved = []
class Phoenix:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
        saved.append(self)
p = Phoenix(1)
del p
print(len(saved), saved[0].n)
saved.clear()
print("cleared")
q = Phoenix(2)
q.me = q
del q
print(gc.collect())
print(len(saved))
