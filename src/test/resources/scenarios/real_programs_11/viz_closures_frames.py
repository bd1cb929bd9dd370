def outer(msg):
    greeting = msg.upper()

    def inner(name):
        return f"{greeting}, {name}!"

    return inner

hello = outer("hello")
howdy = outer("howdy")
print(hello("Ada"))
print(howdy("Grace"))
print("each closure has its own cell:", hello.__closure__[0].cell_contents, howdy.__closure__[0].cell_contents)

funcs = []
for i in range(3):
    funcs.append(lambda: i * 10)
print("late binding:", [f() for f in funcs])

funcs = []
for i in range(3):
    funcs.append(lambda i=i: i * 10)
print("default capture:", [f() for f in funcs])

def make_adders():
    return [lambda x, n=n: x + n for n in range(1, 4)]

print([add(10) for add in make_adders()])
