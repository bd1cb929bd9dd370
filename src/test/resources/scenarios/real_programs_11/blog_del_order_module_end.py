class Announcer:
    def __init__(self, name):
        self.name = name
        print(f"+ {self.name}")

    def __del__(self):
        print(f"- {self.name}")

def scope():
    inner = Announcer("function local")
    print("leaving scope()")

first = Announcer("first")
second = Announcer("second")
scope()
container = [Announcer("in list 1"), Announcer("in list 2")]
print("replacing first")
first = Announcer("replacement")
print("popping from the list")
container.pop(0)
print("end of script")
