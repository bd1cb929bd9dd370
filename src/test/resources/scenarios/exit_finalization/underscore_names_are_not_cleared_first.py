class A:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
z = A(1)
_y = A(2)
x = A(3)
