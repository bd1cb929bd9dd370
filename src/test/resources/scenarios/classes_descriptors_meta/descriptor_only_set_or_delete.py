class WriteOnly:
    def __set__(self, obj, value):
        print("stored", value)
        obj.__dict__["secret"] = value


class DeleteOnly:
    def __get__(self, obj, objtype=None):
        return "got"

    def __delete__(self, obj):
        print("deleted")


class Vault:
    secret = WriteOnly()
    tag = DeleteOnly()


v = Vault()
print(type(v.secret).__name__)
v.secret = "pin"
print(v.secret)
del v.tag
print(v.tag)
try:
    v.tag = "x"
except AttributeError as e:
    print("AttributeError:", e)
try:
    del v.secret
except AttributeError as e:
    print("AttributeError:", e)
