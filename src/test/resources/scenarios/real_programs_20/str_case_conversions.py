import re

names = ["userName", "HTTPServerError", "parse_json_file", "get-user-by-id", "Already Title Case",
         "version2Update", "__private_thing", "XMLHttpRequest"]


def words(name):
    name = name.strip("_")
    name = re.sub(r"[-_\s]+", " ", name)
    name = re.sub(r"([a-z0-9])([A-Z])", r"\1 \2", name)
    name = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1 \2", name)
    return [w.lower() for w in name.split()]


def snake(name):
    return "_".join(words(name))


def kebab(name):
    return "-".join(words(name))


def camel(name):
    first, *rest = words(name)
    return first + "".join(w.capitalize() for w in rest)


def pascal(name):
    return "".join(w.capitalize() for w in words(name))


def constant(name):
    return snake(name).upper()


print(f"{'input':<22}{'snake':<22}{'camel':<20}{'kebab':<22}{'CONSTANT'}")
for n in names:
    print(f"{n:<22}{snake(n):<22}{camel(n):<20}{kebab(n):<22}{constant(n)}")
print(pascal("make_it_pascal"), words("ABCDef"), words("a1B2c3"))
sentence = "the lord of the rings: the return of the king"
small = {"a", "an", "the", "of", "in", "on", "and", "but", "or", "for"}
titled = " ".join(w if i and w in small else w.capitalize() for i, w in enumerate(sentence.split()))
print(titled)
print("title():", sentence.title(), "| capwords-ish:", " ".join(w.capitalize() for w in sentence.split(" ")))
print("slug:", re.sub(r"[^a-z0-9]+", "-", "Hello, World! It's 2024...".lower()).strip("-"))
print("acronym:", "".join(w[0] for w in "portable network graphics".split()).upper())
