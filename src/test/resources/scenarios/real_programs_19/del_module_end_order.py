# Objects still referenced by module globals are finalized at shutdown.
# This program frees most things earlier so the order is clear.


class Res:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("closing", self.name)


def scope():
    local = Res("local")
    print("in scope")


scope()
temp = Res("temp")
temp = None
pair = [Res("in-list-1"), Res("in-list-2")]
del pair
last = Res("global")
print("end of module")
