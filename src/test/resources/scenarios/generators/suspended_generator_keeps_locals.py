# A suspended generator's frame holds its locals: the object lives until the generator finishes.
import sys
class Res:
    def __del__(self):
        print("freed Res")
def gen():
    r = Res()
    yield 1
    print("resumed, refs", sys.getrefcount(r))
    yield 2
g = gen()
print(g.__next__())
print("suspended")
print(g.__next__())
print("closing by exhausting")
for x in g:
    print("never")
print("end")
