class Tag:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

top = [Tag("list-0"), Tag("list-1"), [Tag("inner-0"), Tag("inner-1")]]
table = {"first": Tag("dict-a"), "second": Tag("dict-b")}
pair = (Tag("tuple-0"), Tag("tuple-1"))

def scope():
    local = [Tag("local-0"), Tag("local-1")]
    print("leaving scope")

scope()
top[2] = None
print("replaced inner list")
table.pop("first")
print("popped from dict")
print("end of program")
