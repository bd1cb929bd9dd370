# A comprehension whose result is not kept frees its items last to first.
class T:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("freed", self.name)
print(len([T(str(i)) for i in range(3)]))
print("end")
