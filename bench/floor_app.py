"""The floor: a bare FastAPI app with one sync ``def`` JSON route, served by ``serve.py`` on the
same uvicorn settings as cellchain. http_load.py reports every endpoint as a ratio of this
app's figures measured in the same run, so a noisy machine moves both alike."""

from __future__ import annotations

from fastapi import FastAPI

app = FastAPI(openapi_url=None, docs_url=None, redoc_url=None)


@app.get("/floor")
def floor() -> dict[str, str]:
    # ``def``, not ``async def``: FastAPI runs it in the threadpool like cellchain's routes.
    return {"status": "ok"}
