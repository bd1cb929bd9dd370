# splitlines knows \r\n, \r and other line boundaries, and keeps them on request.
text = "one\ntwo\r\nthree\rfour"
print(text.splitlines())
print(text.splitlines(True))
print("".splitlines(), "x\n".splitlines())
