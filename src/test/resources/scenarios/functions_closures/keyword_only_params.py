# Parameters after * can only be passed by keyword.
def connect(host, *, port=80, secure):
    print(host, port, secure)
connect("a", secure=True)
connect("b", port=8080, secure=False)
connect("c", 1)
