class A:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
w = A(4)
q = A(3)
w.child = A(5)
import gc
gc.collect()
e = A(6)
