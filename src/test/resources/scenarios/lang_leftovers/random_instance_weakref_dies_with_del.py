# A generator is an ordinary object: a weak reference to it dies with its last name.
import random
import weakref

rng = random.Random(3)
ref = weakref.ref(rng)
print(ref() is rng, weakref.getweakrefcount(rng))
alias = rng
del rng
print(ref() is alias)
del alias
print(ref())
