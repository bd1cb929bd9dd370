class Meta(type):
    def __str__(cls):
        return "table " + cls.__name__.lower()
class Orders(metaclass=Meta):
    pass
print(Orders)
print(str(Orders), repr(Orders))
print([Orders])
print(f"{Orders}")
