# syntax=docker/dockerfile:1
# stable-llm gateway: multi-stage build, runs as the unprivileged `node` user.
#   docker build -t stable-llm .
#   docker run -p 8000:8000 -e OPENAI_API_KEY=sk-... stable-llm

FROM node:22-bookworm-slim AS build
WORKDIR /app
# better-sqlite3 compiles its native module when no prebuilt binary matches.
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts && npm rebuild better-sqlite3
COPY . .
RUN npm run build && npm prune --omit=dev

FROM node:22-bookworm-slim
ENV NODE_ENV=production \
    STABLE_LLM_HOST=0.0.0.0 \
    STABLE_LLM_PORT=8000 \
    STABLE_LLM_DATA_DIR=/data
WORKDIR /app
COPY --from=build --chown=node:node /app/package.json ./
COPY --from=build --chown=node:node /app/node_modules ./node_modules
COPY --from=build --chown=node:node /app/dist ./dist
COPY --from=build --chown=node:node /app/bin ./bin
COPY --from=build --chown=node:node /app/schema ./schema
COPY --from=build --chown=node:node /app/admin/dist ./admin/dist
RUN mkdir -p /data /config && chown node:node /data /config
USER node
VOLUME ["/data"]
EXPOSE 8000
# Mount a config at /config/stable-llm.yaml, or configure with environment variables only.
HEALTHCHECK --interval=15s --timeout=3s --start-period=10s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.STABLE_LLM_PORT||8000)+'/health/ready').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# Node is PID 1: it receives SIGTERM directly and drains (server.shutdown_timeout, default 25 s;
# keep `docker stop -t` / Kubernetes terminationGracePeriodSeconds above it).
ENTRYPOINT ["node", "bin/stable-llm.js", "serve"]
CMD []
