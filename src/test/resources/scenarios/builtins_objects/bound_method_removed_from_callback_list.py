# list.remove(self.on_update) finds the stored bound method by equality and frees it
import sys
class Sensor:
    def __init__(self, listeners):
        self.listeners = listeners
        listeners.append(self.on_update)
    def on_update(self):
        return "update"
    def close(self):
        self.listeners.remove(self.on_update)
listeners = []
s = Sensor(listeners)
print(len(listeners), sys.getrefcount(s))
print(listeners[0]())
s.close()
print(len(listeners), sys.getrefcount(s))
print(s.on_update in [s.on_update], listeners.count(s.on_update))
