# ftconform with a free-threaded CPython built in, for the Kubernetes Indexed Job in deploy/kubernetes/
# (or any machine with Docker): `docker build -t ftconform .`, then `docker run --rm ftconform run`.
FROM node:20-bookworm

# What building CPython needs (`ftconform provision` would install these itself, as root).
RUN apt-get update \
 && apt-get install -y --no-install-recommends gcc make xz-utils dpkg-dev libssl-dev zlib1g-dev libffi-dev \
 && rm -rf /var/lib/apt/lists/*

WORKDIR /opt/ftconform
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .

# The interpreter is built once, into the image: a run starts checking at once.
ENV CI=true \
    FTCONFORM_CACHE=/opt/ftconform-cache
RUN npx ftconform provision

ENTRYPOINT ["npx", "ftconform"]
CMD ["run"]
