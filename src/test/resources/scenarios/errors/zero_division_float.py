# Float floor division by zero has its own message.
x = 1.5
print("float")
print(x // 0.0)
