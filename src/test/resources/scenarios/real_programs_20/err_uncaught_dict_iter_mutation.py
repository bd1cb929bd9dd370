scores = {"ann": 52, "bob": 38, "cy": 71, "dee": 45}
print("before:", scores)
for name, score in scores.items():
    if score < 50:
        print("dropping", name)
        del scores[name]
print("after:", scores)
