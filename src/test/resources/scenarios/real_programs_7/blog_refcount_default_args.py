import sys

DEFAULT_TAGS = ["general"]

def post(title, tags=DEFAULT_TAGS):
    return {"title": title, "tags": tags}

print(sys.getrefcount(DEFAULT_TAGS))
posts = [post(f"p{i}") for i in range(5)]
print(sys.getrefcount(DEFAULT_TAGS))
posts[0]["tags"].append("oops")
print(posts[4]["tags"], DEFAULT_TAGS)
print(post.__defaults__[0] is DEFAULT_TAGS)

def safer(title, tags=None):
    return {"title": title, "tags": list(tags) if tags else ["general"]}

a, b = safer("x"), safer("y")
a["tags"].append("fine")
print(a["tags"], b["tags"])
del posts
print(sys.getrefcount(DEFAULT_TAGS))
