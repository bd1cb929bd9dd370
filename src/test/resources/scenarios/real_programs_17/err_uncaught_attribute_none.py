# The classic: a function forgets to return, and the caller uses None as an object.
def find_user(users, name):
    for user in users:
        if user["name"] == name:
            return user


def normalise(user):
    user["name"] = user["name"].strip().title()
    user["email"] = user["email"].lower()


users = [{"name": " ada lovelace ", "email": "ADA@Example.com"},
         {"name": "alan turing", "email": "Alan@Example.COM"}]
for u in users:
    normalise(u)
print(users)
found = find_user(users, "Ada Lovelace")
print(found["email"])
missing = find_user(users, "Grace Hopper")
print(missing)
result = users.sort(key=lambda u: u["name"])
print(result)
print(missing.get("email"))
