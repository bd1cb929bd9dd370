class A:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
b = A(1)
a = A(2)
b2 = [A(3)]
c = A(4)
b = A(5)
_u = A(6)
