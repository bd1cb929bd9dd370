# __del__ of builtin subclass instances runs when the last reference goes.
class Token(str):
    def __del__(self):
        print("bye", str(self))


class Ticket(int):
    def __del__(self):
        print("ticket", int(self), "released")


a = Token("alpha")
b = [Token("beta"), Token("gamma")]
t = Ticket(7)
print("start")
del a
b.pop()
t = Ticket(8)
print("end of program")
