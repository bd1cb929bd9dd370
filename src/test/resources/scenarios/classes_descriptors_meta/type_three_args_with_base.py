import sys


class Animal:
    sound = "..."

    def __init__(self, name):
        self.name = name

    def speak(self):
        return f"{self.name} says {self.sound}"


Dog = type("Dog", (Animal,), {"sound": "woof"})
Cat = type("Cat", (Animal,), {"sound": "meow", "purr": lambda self: self.name + " purrs"})
for pet in (Dog("Rex"), Cat("Tom")):
    print(pet.speak())
print(Cat("Kit").purr())
print(issubclass(Dog, Animal), Dog.__bases__, Dog.__base__.__name__)
print([c.__name__ for c in Cat.__mro__])
print(sys.getrefcount(Animal))
