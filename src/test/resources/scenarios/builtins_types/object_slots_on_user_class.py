# a class without __eq__ inherits object's slot wrapper
class P:
    pass
print(P.__eq__ is object.__eq__, P.__init__)
p = P()
print(p.__eq__(p), p.__eq__(1))
print(p.__ne__(p), p.__hash__() == hash(p))
