# A local of a function that raised stays referenced by the traceback until shutdown.
class T:
    def __del__(self):
        print("freed local")
def f():
    t = T()
    print("in f")
    return 1 // 0
f()
