# ftconform with a free-threaded CPython built in, for the Kubernetes Indexed Job in deploy/kubernetes/
# (or any machine with Docker): `docker build -t ftconform .`, then
# `docker run --rm -v "$PWD/reports:/app/reports" ftconform run` (the reports land in ./reports).

# 1. The interpreter, built from python.org's source exactly as `ftconform provision` builds it (the same
#    configure flags, into the cache layout it looks in, with its "complete" marker; test/ci/dockerfile.test.ts
#    checks both): nothing of this repository is copied in, so no change to it rebuilds CPython.
FROM node:24-bookworm AS cpython
ARG CPYTHON_VERSION=3.13.15
# node:24-bookworm carries gcc, make and the -dev libraries; the final image gets none of them.
RUN curl -fsSL "https://www.python.org/ftp/python/${CPYTHON_VERSION}/Python-${CPYTHON_VERSION}.tar.xz" | tar -xJ -C /tmp \
 && cd "/tmp/Python-${CPYTHON_VERSION}" \
 && ./configure --disable-gil --prefix="/opt/ftconform-cache/cpython-${CPYTHON_VERSION}t" --without-ensurepip \
 && make -j"$(nproc)" \
 && make install \
 && date -u +%Y-%m-%dT%H:%M:%SZ > "/opt/ftconform-cache/cpython-${CPYTHON_VERSION}t/.complete" \
 && rm -rf "/tmp/Python-${CPYTHON_VERSION}"

# 2. ftconform as a package (npm pack: what `npm install` of a release gets).
FROM node:24-bookworm AS package
WORKDIR /src
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm pack --pack-destination /tmp \
 && mv /tmp/ftconform-*.tgz /tmp/ftconform.tgz

# 3. The image: Node, the interpreter and its run-time libraries, ftconform; no compiler.
FROM node:24-bookworm-slim
ARG CPYTHON_VERSION=3.13.15
RUN apt-get update \
 && apt-get install -y --no-install-recommends libssl3 libffi8 zlib1g \
 && rm -rf /var/lib/apt/lists/*
ENV CI=true \
    FTCONFORM_CACHE=/opt/ftconform-cache
COPY --from=cpython /opt/ftconform-cache /opt/ftconform-cache
COPY --from=package /tmp/ftconform.tgz /tmp/ftconform.tgz
RUN npm install --global --no-audit --no-fund /tmp/ftconform.tgz \
 && rm /tmp/ftconform.tgz
# Finds the build in the cache and checks it (builds nothing): a run starts checking at once.
RUN ftconform provision --python-version "${CPYTHON_VERSION}"
WORKDIR /app
ENTRYPOINT ["ftconform"]
CMD ["run"]
