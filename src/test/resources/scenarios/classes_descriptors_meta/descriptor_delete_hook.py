class Resettable:
    def __set_name__(self, owner, name):
        self.attr = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.attr, "unset")

    def __set__(self, obj, value):
        setattr(obj, self.attr, value)

    def __delete__(self, obj):
        print("resetting", self.attr)
        if hasattr(obj, self.attr):
            delattr(obj, self.attr)


class Form:
    email = Resettable()


f = Form()
print(f.email)
f.email = "a@b.c"
print(f.email, vars(f))
del f.email
print(f.email, vars(f))
del f.email
print(f.email)
delattr(f, "email")
