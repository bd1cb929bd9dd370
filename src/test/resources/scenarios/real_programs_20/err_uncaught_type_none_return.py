def find_user(users, name):
    for u in users:
        if u["name"] == name:
            return u


users = [{"name": "ann", "age": 31}, {"name": "bo", "age": 22}]
for name in ("ann", "bo", "cy"):
    user = find_user(users, name)
    print(name, "is", user["age"])
