import weakref

class Resource:
    pass

def close(name, log):
    log.append(name)
    return len(log)

log = []
a = Resource()
b = Resource()
fa = weakref.finalize(a, close, "a", log)
fb = weakref.finalize(b, close, "b", log)
print(fa.alive, fb.alive, fa.atexit)
fb.atexit = False
print(fa.peek()[1] is close, fa.peek()[2:], fb.peek()[0] is b)
print(fb(), fb.alive, fb())
del a
print(log, fa.alive)
print(fa.peek(), fa())
