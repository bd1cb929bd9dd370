# __del__ is inherited; a subclass's __del__ can call the base one through super().
class Resource:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("release", self.name)
class File(Resource):
    def __del__(self):
        print("close", self.name)
        super().__del__()
class Socket(Resource):
    pass
f = File("f")
s = Socket("s")
del f
del s
print("end")
