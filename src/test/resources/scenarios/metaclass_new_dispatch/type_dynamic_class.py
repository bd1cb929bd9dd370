# type(name, bases, dict) with a base and methods.
import gc, sys
class Animal:
    def speak(self):
        return self.sound
def fetch(self):
    return "fetching"
gc.collect()
Dog = type("Dog", (Animal,), {"sound": "woof", "fetch": fetch})
print(gc.get_count())
d = Dog()
print(d.speak(), d.fetch(), Dog.__name__, Dog.__bases__[0].__name__)
print(sys.getrefcount(Dog), sys.getrefcount(fetch))
del d, Dog
print(gc.collect(), sys.getrefcount(fetch))
