# The jejak API server (`jejak serve`), built from this checkout. Used by docker-compose.yml.
FROM node:22-slim AS build
WORKDIR /app
# Compilers only for the case where no prebuilt better-sqlite3 binary matches this platform.
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
# Scripts wait until the sources are in (`prepare` builds); better-sqlite3's native part is fetched or built now.
RUN npm ci --ignore-scripts && npm rebuild better-sqlite3
COPY . .
RUN npm run build && npm prune --omit=dev

FROM node:22-slim
WORKDIR /app
ENV NODE_ENV=production
# Listen on every interface: the default 127.0.0.1 cannot be reached from outside the container.
ENV HOST=0.0.0.0
# Everything the build left (dist, bundled data, schema, examples, production node_modules), so that
# files a later build step adds are not forgotten here; .dockerignore keeps local state out.
COPY --from=build --chown=node:node /app ./
USER node
EXPOSE 4000
CMD ["node", "bin/jejak.js", "serve"]
