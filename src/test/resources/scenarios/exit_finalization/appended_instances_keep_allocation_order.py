class A:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
l = []
l.append(A(1))
x = A(2)
y = A(3)
y.child = A(4)
z = A(5)
