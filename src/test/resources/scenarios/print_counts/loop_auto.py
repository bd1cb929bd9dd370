import gc
gc.set_threshold(30, 5, 5)
gc.collect()
nodes = []
for i in range(100):
    nodes.append({"id": i})
    print(i, len(nodes), gc.get_count())
