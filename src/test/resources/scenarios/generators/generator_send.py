# send() resumes the body with a value that becomes the result of the yield expression.
def echo():
    total = 0
    while True:
        got = yield total
        total += got
g = echo()
print(g.send(None))
print(g.send(5))
print(g.send(10))
g.close()
print("closed")
