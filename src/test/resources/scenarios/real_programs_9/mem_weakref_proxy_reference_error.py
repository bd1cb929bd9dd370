import weakref


class Engine:
    def __init__(self, hp):
        self.hp = hp

    def start(self):
        return f"vroom ({self.hp} hp)"


class Car:
    def __init__(self, engine):
        self.engine = weakref.proxy(engine)

    def drive(self):
        try:
            return self.engine.start()
        except ReferenceError as e:
            return f"cannot drive: {e}"


e = Engine(150)
car = Car(e)
print(car.drive(), car.engine.hp)
e.hp = 200
print(car.drive())
print(type(car.engine).__name__, isinstance(car.engine, Engine))
del e
print(car.drive())
try:
    car.engine.hp
except ReferenceError as err:
    print("ReferenceError:", err)
nums = {1, 2}


class Bag(set):
    pass


bag = Bag([3, 1, 2])
px = weakref.proxy(bag)
print(len(px), 2 in px, sorted(px), weakref.getweakrefcount(bag))
