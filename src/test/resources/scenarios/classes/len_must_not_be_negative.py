# __len__ returning a negative number is a ValueError.
class Neg:
    def __len__(self):
        return -1
print("start")
print(len(Neg()))
