# The moment a generator finishes, its frame is cleared: locals die before the loop ends.
class Res:
    def __del__(self):
        print("freed Res")
def gen():
    r = Res()
    yield 1
    yield 2
for v in gen():
    print("got", v)
print("after loop")
