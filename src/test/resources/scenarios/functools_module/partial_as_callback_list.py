# partials stored as callbacks: each one holds its argument, so the argument lives as long as the list of callbacks
import functools, sys
class Job:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("job freed", self.name)
def run(job, times):
    return job.name * times
job = Job("ab")
callbacks = [functools.partial(run, job, n) for n in range(1, 4)]
print(sys.getrefcount(job), [cb() for cb in callbacks])
del job
print("name deleted")
callbacks.pop()
callbacks.clear()
print("end")
