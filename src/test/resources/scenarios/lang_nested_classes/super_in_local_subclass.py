# super() inside a class made in a function: its __class__ cell and closure tuples are collected with the classes
import gc
def build():
    class Animal:
        def speak(self):
            return "..."
    class Dog(Animal):
        def speak(self):
            return "woof " + super().speak()
    return Dog()
gc.collect()
d = build()
print(d.speak())
del d
print("collected", gc.collect())
