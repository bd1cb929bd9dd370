# Each new loop value rebinds the loop variable, freeing the previous object if unreferenced.
class T:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("freed", self.name)
for i in range(3):
    obj = T(str(i))
    print("made", i)
print("loop over")
del obj
print("end")
