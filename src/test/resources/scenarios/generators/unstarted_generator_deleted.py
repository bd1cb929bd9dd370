# A generator never started still holds its arguments until it is deleted.
class Res:
    def __del__(self):
        print("freed Res")
def gen(r):
    yield r
g = gen(Res())
print("made")
del g
print("end")
