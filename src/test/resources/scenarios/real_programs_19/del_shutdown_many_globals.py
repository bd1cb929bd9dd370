# Objects still bound to module globals when the program ends are
# finalized during shutdown. Watch the order for several of them.


class Guard:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("shutdown frees", self.name)


first = Guard("first")
second = Guard("second")
third = Guard("third")
holder = [Guard("in list A"), Guard("in list B")]
mapping = {"k": Guard("in dict")}
second = None
print("main body done")
