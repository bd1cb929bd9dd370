# A callback can read globals; it runs right at the del statement.
import weakref
class T:
    pass
log = []
def cb(r):
    log.append("dead")
t = T()
r = weakref.ref(t, cb)
log.append("before")
del t
log.append("after")
print(log)
