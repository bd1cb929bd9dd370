# The errors a namespace raises, as a learner meets them.
from types import SimpleNamespace

user = SimpleNamespace(name="ada", age=36)
try:
    print(user.email)
except AttributeError as e:
    print("AttributeError:", e)
try:
    del user.email
except AttributeError as e:
    print("AttributeError:", e)
try:
    SimpleNamespace({"name": "bob"})
except TypeError as e:
    print("TypeError:", e)
try:
    user.__dict__ = {}
except AttributeError as e:
    print("AttributeError:", e)
fields = {"name": "bob", "age": 41}
bob = SimpleNamespace(**fields)
print(bob, vars(bob) == fields, vars(bob) is fields)
bob.__dict__["age"] = 42
print(bob.age)
setattr(bob, "email", "bob@example.com")
delattr(bob, "name")
print(bob)
