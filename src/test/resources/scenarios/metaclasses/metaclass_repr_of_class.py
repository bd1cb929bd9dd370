class Meta(type):
    def __repr__(cls):
        return "<model " + cls.__name__ + ">"
class User(metaclass=Meta):
    pass
class Admin(User):
    pass
print(User)
print(repr(Admin))
print([User, Admin])
print(f"{User} and {Admin!r}")
