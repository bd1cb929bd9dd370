class A:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
a = A(2)
b2 = []
b2.append(A(3))
c = A(4)
t = (A(5), 1)
e = A(6)
