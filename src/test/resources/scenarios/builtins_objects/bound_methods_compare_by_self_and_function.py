# each obj.meth is a new method object, but two bindings of one function to one object are equal
class Sensor:
    def on_update(self):
        return 1
    def on_close(self):
        return 2
s = Sensor()
t = Sensor()
print(s.on_update is s.on_update, s.on_update == s.on_update)
print(s.on_update == t.on_update, s.on_update == s.on_close, s.on_update != s.on_update)
print(hash(s.on_update) == hash(s.on_update), len({s.on_update, s.on_update, t.on_update}))
