# str.format(**d) takes the dict CALL_FUNCTION_EX built, as it is; positional
# arguments that are all constants are one tuple constant of the code.
import gc

fields = {"user": "ada", "count": 3}
template = "{user} has {count} new messages"
fill = template.format

gc.collect()
line = template.format(**fields)
print(line, gc.get_count())
gc.collect()
line = fill(**fields)
print(line, gc.get_count())
gc.collect()
line = "{0} and {1}".format(*["x", "y"])
print(line, gc.get_count())
gc.collect()
line = "{0}: {user}".format(7, **fields)
print(line, gc.get_count())

def tally(first, second, **extra):
    return first + second + len(extra)

gc.collect()
print(tally(1, 2, **fields), gc.get_count())
