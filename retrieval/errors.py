"""The one error tree of LogLens.

Every exception a caller of LogLens sees is one of these. Dependency exceptions (httpx,
llama-cpp, pydantic, OS errors) are translated at the boundary that meets them and re-raised
``from`` the original, so the cause stays in the traceback for developers while clients get a
clear message and a status code.

    LogLensError
    ├── InvalidRequest          400  bad input we could not catch in the request model
    ├── SourceError             502  a log source failed
    │   ├── SourceUnavailable   503  cannot reach it (refused, timeout, 5xx after retries)
    │   └── SourceQueryError    400  it rejected the query (Loki's own message kept intact)
    ├── BackendError            502  an LLM backend failed
    │   ├── BackendUnavailable  503  cannot reach or load it
    │   └── ModelNotFound       503  no model file where the settings point
    ├── VectorStoreError        502  the vector store (Chroma) failed
    │   └── VectorStoreUnavailable 503  cannot reach or open it
    └── ConfigError             500  the settings themselves are wrong (a file missing, a bad value)

This module lives in ``retrieval`` because it is the lowest layer: ``analyzer`` and
``evaluation`` import it, never the other way round.
"""

from __future__ import annotations


class LogLensError(Exception):
    """Base of every LogLens error. ``status`` is the HTTP status the API answers with."""

    status: int = 500
    code: str = "internal_error"

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field

    def to_dict(self) -> dict[str, object]:
        body: dict[str, object] = {"error": self.code, "message": self.message}
        if self.field is not None:
            body["field"] = self.field
        return body


class InvalidRequest(LogLensError):
    status = 400
    code = "invalid_request"


class SourceError(LogLensError):
    status = 502
    code = "source_error"


class SourceUnavailable(SourceError):
    status = 503
    code = "source_unavailable"


class SourceQueryError(SourceError):
    """The source understood us but refused the query (e.g. Loki's 400 on an invalid regex)."""

    status = 400
    code = "source_rejected_query"

    def __init__(self, message: str, *, upstream_status: int | None = None,
                 field: str | None = None) -> None:
        super().__init__(message, field=field)
        self.upstream_status = upstream_status


class BackendError(LogLensError):
    status = 502
    code = "backend_error"


class BackendUnavailable(BackendError):
    status = 503
    code = "backend_unavailable"


class ModelNotFound(BackendUnavailable):
    code = "model_not_found"


class VectorStoreError(LogLensError):
    status = 502
    code = "vector_store_error"


class VectorStoreUnavailable(VectorStoreError):
    status = 503
    code = "vector_store_unavailable"


class ConfigError(LogLensError):
    status = 500
    code = "config_error"
