# a partial's repr shows the function, the frozen arguments and keywords; keywords given at the call win
import functools
show = functools.partial(print, "log:", sep=" | ")
print(repr(show))
show("a", "b")
show("c", sep="/")
biggest = functools.partial(max, key=abs)
print(biggest, biggest(-7, 3, 5))
