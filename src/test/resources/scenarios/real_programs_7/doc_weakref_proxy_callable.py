import weakref

class Greeter:
    def __init__(self, greeting):
        self.greeting = greeting
    def __call__(self, name):
        return f"{self.greeting}, {name}!"
    def __len__(self):
        return len(self.greeting)

g = Greeter("Hello")
p = weakref.proxy(g)
print(p("Ada"))
print(len(p), p.greeting)
p.greeting = "Hi"
print(g.greeting, g("Bob"))
print(type(p) is weakref.CallableProxyType)
del g
try:
    p("Cy")
except ReferenceError as e:
    print("ReferenceError:", e)
