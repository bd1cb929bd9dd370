# "Brief Tour of the Standard Library - Part II": output formatting and templating.
import pprint
import textwrap
from string import Template

t = [[[['black', 'cyan'], 'white', ['green', 'red']], [['magenta', 'yellow'], 'blue']]]
pprint.pprint(t, width=30)

doc = """The wrap() method is just like fill() except that it returns
a list of strings instead of one big string with newlines to separate
the wrapped lines."""
print(textwrap.fill(doc, width=40))

t = Template('${village}folk send $$10 to $cause.')
print(t.substitute(village='Nottingham', cause='the ditch fund'))
t = Template('Return the $item to $owner.')
d = dict(item='unladen swallow')
try:
    t.substitute(d)
except KeyError as e:
    print("KeyError:", e)
print(t.safe_substitute(d))

photofiles = ['img_1074.jpg', 'img_1076.jpg', 'img_1077.jpg']
fmt = Template('Ashley_$n$f')
for i, filename in enumerate(photofiles):
    base, ext = filename.rsplit('.', 1)
    newname = fmt.substitute(d=None, n=i, f='.' + ext)
    print('{0} --> {1}'.format(filename, newname))

