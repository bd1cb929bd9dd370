# A function that captures nothing has no closure.
def plain(x):
    return x + 1
print(plain.__closure__)
print(plain.__defaults__)
