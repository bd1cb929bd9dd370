class Field:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name

    def __get__(self, obj, objtype=None):
        return self if obj is None else obj.__dict__.get(self.name, "empty")


class Model:
    models = []

    def __init_subclass__(cls, **kwargs):
        print("init_subclass", cls.__name__, kwargs)
        Model.models.append(cls.__name__)


User = type("User", (Model,), {"email": Field(), "name": Field()})
Admin = type("Admin", (User,), {}, level=3)
u = Admin()
print(u.email, Model.models)
