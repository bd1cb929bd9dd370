# traffic light generator with send and throw
def traffic_light():
    states = ["green", "yellow", "red"]
    i = 0
    while True:
        try:
            cmd = yield states[i]
        except ValueError as e:
            print("reset because", e)
            i = 0
            continue
        if cmd == "skip":
            i = (i + 2) % 3
        else:
            i = (i + 1) % 3
light = traffic_light()
print(next(light), light.send(None), light.send("skip"))
print(light.throw(ValueError("fault")))
print(next(light))
light.close()
try:
    next(light)
except StopIteration:
    print("closed")
