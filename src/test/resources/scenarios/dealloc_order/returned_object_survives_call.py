# A returned object survives the frame; unused locals die at return.
class T:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("freed", self.name)
def f():
    keep = T("keep")
    drop = T("drop")
    return keep
r = f()
print("got", r.name)
del r
print("end")
