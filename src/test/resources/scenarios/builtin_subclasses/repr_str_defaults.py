# repr and str of subclass instances default to the base type's.
class I(int):
    pass


class F(float):
    pass


class S(str):
    pass


class T(tuple):
    pass


class R(int):
    def __repr__(self):
        return "R<" + str(int(self)) + ">"


for v in (I(3), F(2.5), S("hi"), T((1, "a")), R(7)):
    print(v, repr(v), str(v), f"{v}", [v], "%s" % (v,))
print(str(R(7)), format(R(7)), format(R(7), "03d"))
