from collections import namedtuple

class Task(namedtuple('Task', 'title priority')):
    def mark_done(self):
        self.done = True
        return self

t = Task('write', 2)
print(t.__dict__, vars(t))
t.mark_done()
t.notes = ['first']
print(t.__dict__, t.done, t.notes, t)
print(t == ('write', 2), len(t))
del t.notes
print(t.__dict__)
try:
    t.title = 'read'
except AttributeError as e:
    print('AttributeError:', e)
print(t.title)
