# Assigning a name anywhere in a function makes it local everywhere in it: UnboundLocalError.
x = 10
def f():
    print("start")
    print(x)
    x = 5
f()
