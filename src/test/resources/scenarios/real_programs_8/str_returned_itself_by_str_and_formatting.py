import sys
name = "".join(["ad", "a"])
before = sys.getrefcount(name)
copies = [str(name), f"{name}", f"{name!s}", "%s" % name, "%s" % (name,), "{}".format(name), "{0}".format(name),
          "{n}".format(n=name), format(name)]
print(sys.getrefcount(name) - before, all(c is name for c in copies))
others = [f"{name!r}", f"<{name}>", "%5s" % name, "{}{}".format(name, ""), name.lower()]
print([o is name for o in others], sys.getrefcount(name) - before)
fmt = "%s"
print(fmt % name is name, fmt % (name,) is name)
