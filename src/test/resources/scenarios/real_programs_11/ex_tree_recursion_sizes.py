tree = {
    "name": "project",
    "children": [
        {"name": "src", "children": [
            {"name": "main.py", "size": 1200},
            {"name": "util.py", "size": 300},
        ]},
        {"name": "docs", "children": [{"name": "index.md", "size": 800}]},
        {"name": "README", "size": 150},
    ],
}

def total_size(node):
    if "size" in node:
        return node["size"]
    return sum(total_size(c) for c in node["children"])

def show(node, prefix=""):
    label = node["name"]
    print(f"{prefix}{label} ({total_size(node)})")
    for i, child in enumerate(node.get("children", [])):
        last = i == len(node["children"]) - 1
        show(child, prefix + ("    " if last else "|   "))

def depth(node):
    return 1 + max((depth(c) for c in node.get("children", [])), default=0)

show(tree)
print("depth:", depth(tree))
files = []
def collect(node, path=""):
    here = f"{path}/{node['name']}"
    if "size" in node:
        files.append(here)
    for c in node.get("children", []):
        collect(c, here)
collect(tree)
print(sorted(files, key=len))
