import gc
class Noisy:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("bye", self.n, gc.get_count())
gc.collect()
for i in range(3):
    x = Noisy(i)
del x
print(gc.get_count())
