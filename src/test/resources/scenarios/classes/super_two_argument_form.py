# super(Class, self) names the class explicitly and behaves like the zero-argument form.
class A:
    def f(self):
        return "A.f"
class B(A):
    def f(self):
        return "B.f>" + super(B, self).f()
class C(B):
    def f(self):
        return "C.f>" + super(B, self).f()
print(B().f(), C().f())
