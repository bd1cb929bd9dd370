# During __del__ the object's attributes are still there, and objects it
# alone held are freed right after it, in attribute order.


class Part:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("  part", self.name, "freed")


class Machine:
    def __init__(self, name):
        self.name = name
        self.engine = Part(f"{name}-engine")
        self.wheels = [Part(f"{name}-wheel{i}") for i in range(2)]

    def __del__(self):
        print("machine", self.name, "freed; engine still", self.engine.name)


m = Machine("car")
print("dropping the machine:")
del m
print("sharing a part:")
m1 = Machine("bus")
spare = m1.engine
del m1
print("spare is", spare.name)
del spare
print("done")
