# __bool__ must return a bool: returning an int is a TypeError.
class Weird:
    def __bool__(self):
        return 1
print("start")
if Weird():
    print("never")
