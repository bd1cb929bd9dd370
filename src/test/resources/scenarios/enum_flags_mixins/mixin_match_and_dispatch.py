from enum import Enum


class Method(str, Enum):
    GET = "GET"
    POST = "POST"
    DELETE = "DELETE"


def handle(raw):
    method = Method(raw.upper())
    match method:
        case Method.GET:
            return "read"
        case Method.POST:
            return "create"
        case _:
            return f"other: {method}"


for m in ["get", "post", "delete"]:
    print(m, "->", handle(m))
routes = {Method.GET: "/items", Method.POST: "/items/new"}
print(routes.get("GET"), routes.get(Method.DELETE, "none"))
print(sorted(routes, key=len))
