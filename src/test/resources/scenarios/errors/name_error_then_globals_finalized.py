# After an uncaught NameError the globals are still finalized at shutdown.
class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
x = T("x")
y = [T("a"), T("b")]
print(undefined)
