# @property with @x.setter and @x.deleter runs the functions on get, set and del.
class Temperature:
    def __init__(self):
        self._c = 0
    @property
    def celsius(self):
        print("get")
        return self._c
    @celsius.setter
    def celsius(self, value):
        print("set", value)
        self._c = value
    @celsius.deleter
    def celsius(self):
        print("delete")
        del self._c
t = Temperature()
t.celsius = 25
print(t.celsius)
del t.celsius
print("ok")
