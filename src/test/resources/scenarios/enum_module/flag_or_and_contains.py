from enum import Flag, auto

class Perm(Flag):
    READ = auto()
    WRITE = auto()
    EXECUTE = auto()

rw = Perm.READ | Perm.WRITE
print(rw, repr(rw))
print(Perm.READ in rw, Perm.EXECUTE in rw)
print(rw & Perm.WRITE, rw & Perm.EXECUTE)
print(bool(rw & Perm.EXECUTE), bool(rw))
print(rw.name, rw.value)
print(Perm.READ ^ Perm.WRITE ^ Perm.READ)
