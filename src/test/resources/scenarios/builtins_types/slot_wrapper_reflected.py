# reflected slot wrappers swap the operands
print(int.__radd__(1, 2))
print((3).__rsub__(10))
print((2.0).__rtruediv__(1))
print((2).__rsub__(1.5))
print([1].__rmul__(3))
