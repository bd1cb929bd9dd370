# Making variables from a list of names (a pattern learners find on forums)
names = ["alpha", "beta", "gamma"]
for i, name in enumerate(names):
    globals()[name] = i * 10
print(alpha, beta, gamma)
print("beta" in globals(), "delta" in globals())
print(globals().get("delta", "no delta"))
