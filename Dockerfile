# LogLens analyzer image (loglens:0.1.0): `docker build -t loglens:0.1.0 .`
# Not built in CI (no container engine there): see k8s/README.md.

# ---- builder: compile llama-cpp-python and build every wheel once --------------------------
FROM python:3.11.11-slim-bookworm AS builder
RUN apt-get update \
 && apt-get install -y --no-install-recommends build-essential cmake git \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY pyproject.toml README.md ./
COPY analyzer ./analyzer
COPY retrieval ./retrieval
COPY evaluation ./evaluation
# llama-cpp-python compiles llama.cpp here (portable CPU build, no native -march)
ENV CMAKE_ARGS="-DGGML_NATIVE=OFF -DLLAVA_BUILD=OFF" \
    PIP_NO_CACHE_DIR=1
RUN python -m pip wheel --wheel-dir /wheels .

# ---- runtime: no compilers, non-root, read-only friendly -----------------------------------
FROM python:3.11.11-slim-bookworm
RUN apt-get update \
 && apt-get install -y --no-install-recommends libgomp1 \
 && rm -rf /var/lib/apt/lists/* \
 && groupadd --system --gid 10001 loglens \
 && useradd --system --uid 10001 --gid loglens --home-dir /tmp --shell /usr/sbin/nologin loglens
COPY --from=builder /wheels /wheels
RUN python -m pip install --no-cache-dir --no-index --find-links /wheels loglens \
 && rm -rf /wheels
# the golden dataset the nightly evaluation replays (k8s/base/eval)
COPY golden/golden.jsonl /golden/golden.jsonl
# the diagnosis engine's line classifier, trained once into the image (seconds, seeded)
COPY golden/train.jsonl /golden/train.jsonl
RUN LOGLENS_CACHE_DIR=/opt/loglens loglens train --train-file /golden/train.jsonl
ENV HOME=/tmp \
    LOGLENS_CACHE_DIR=/opt/loglens \
    PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    LOGLENS_HOST=0.0.0.0 \
    LOGLENS_MODEL_CACHE_DIR=/cache
USER 10001:10001
EXPOSE 8000
ENTRYPOINT []
CMD ["loglens", "serve"]
