# Two inner functions share one cell: a change through one is seen by the other.
def pair():
    value = 0
    def get():
        return value
    def put(v):
        nonlocal value
        value = v
    return get, put
get, put = pair()
print(get.__closure__[0] is put.__closure__[0])
put(42)
print(get())
