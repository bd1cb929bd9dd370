# Methods see globals defined later; class attributes are looked up on each access.
class Greeter:
    greeting = "hi"
    def greet(self, name):
        return self.greeting + " " + name + suffix
suffix = "!"
g = Greeter()
print(g.greet("ann"))
Greeter.greeting = "hello"
print(g.greet("bob"))
