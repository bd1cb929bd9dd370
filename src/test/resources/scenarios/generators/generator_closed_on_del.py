# Deleting a suspended generator closes it: its frame is cleared and its locals freed at once.
class Res:
    def __del__(self):
        print("freed Res")
def gen():
    r = Res()
    yield "first"
    yield "second"
g = gen()
print(g.__next__())
print("deleting")
del g
print("end")
