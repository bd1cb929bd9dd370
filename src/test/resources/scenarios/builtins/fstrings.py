# f-strings format expressions with str(), including containers.
name = "lab"
n = 3
xs = [1, 2]
print(f"hello {name}, n={n}, next={n + 1}, xs={xs}, list={[n, n]}, sum={n + n * 2}")
print(f"{name}{n}{xs}")
print(f"plain")
