def greet(name, greeting="Hello"):
    return greeting + ", " + name
print(greet("Ann"))
print(greet(42))
