# Defaults and keyword arguments in user functions.
def greet(name, greeting="hello", punct="!"):
    return greeting + " " + name + punct
print(greet("ann"))
print(greet("bob", "hi"))
print(greet("cy", punct="?"))
print(greet(greeting="yo", name="di"))
