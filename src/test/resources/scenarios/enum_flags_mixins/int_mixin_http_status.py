from enum import Enum


class HTTPStatus(int, Enum):
    OK = 200
    CREATED = 201
    NOT_FOUND = 404
    SERVER_ERROR = 500


def describe(code):
    status = HTTPStatus(code)
    kind = "success" if status < 300 else "client error" if status < 500 else "server error"
    return f"{code}: {status.name} ({kind})"


for code in [200, 404, 500, 201]:
    print(describe(code))
print(HTTPStatus.OK == 200, HTTPStatus.NOT_FOUND > HTTPStatus.OK)
print(HTTPStatus.OK + 1, HTTPStatus.NOT_FOUND // 100)
print(str(HTTPStatus.OK), repr(HTTPStatus.OK), f"{HTTPStatus.OK}")
print(isinstance(HTTPStatus.OK, int), int(HTTPStatus.CREATED))
try:
    HTTPStatus(418)
except ValueError as e:
    print("ValueError:", e)
