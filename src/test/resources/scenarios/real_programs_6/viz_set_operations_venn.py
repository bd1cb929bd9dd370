python = {"ann", "bob", "cy", "dee"}
java = {"bob", "dee", "eve"}
print(sorted(python & java))
print(sorted(python | java))
print(sorted(python - java), sorted(java - python))
print(sorted(python ^ java))
both = python
both &= java
print(sorted(python), both is python)
frozen = frozenset(java)
print(frozen | {"zed"} == {"bob", "dee", "eve", "zed"}, type(frozen | {"zed"}).__name__)
print({"bob"} <= java, java.isdisjoint({"x"}))
