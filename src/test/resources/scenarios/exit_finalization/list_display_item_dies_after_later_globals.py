class A:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
a = A(2)
b2 = [A(3)]
c = A(4)
