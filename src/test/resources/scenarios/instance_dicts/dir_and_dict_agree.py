# dir() lists the instance's own names (from its dict once it exists) with the class's.
class A:
    cls_attr = 1
    def method(self):
        pass
a = A()
a.own = 2
before = dir(a)
vars(a)['late'] = 3
after = dir(a)
print([n for n in after if n not in before])
print([n for n in after if not n.startswith('__')])
