# Commons Check: builds the static site and serves it with nginx and deploy/nginx.conf.
#
#   docker build -t commons-check .
#   docker run --rm -p 8080:8080 commons-check          # http://localhost:8080/
#
# The official nginx image has no brotli module, so it sends the build's .gz files only. For
# brotli too, build on an image with the module (e.g. one made with nginx/docker-nginx's
# modules/Dockerfile and ENABLED_MODULES=brotli):  --build-arg NGINX_IMAGE=<that image>
# Serve it behind HTTPS (a proxy or load balancer) for the service worker and the HSTS header.

ARG NGINX_IMAGE=nginx:stable

FROM node:20-bookworm-slim AS build
WORKDIR /app
# Dependencies first, so a change in the sources does not reinstall them.
COPY package.json package-lock.json .npmrc ./
RUN npm ci --no-audit --no-fund
COPY . .
# The site's origin for sitemap.xml and absolute hreflang links: --build-arg SITE_URL=https://…
ARG SITE_URL=
RUN SITE_URL="$SITE_URL" npm run build

FROM ${NGINX_IMAGE}
WORKDIR /srv/commons-check
COPY deploy/nginx.conf ./
COPY deploy/brotli-module.conf deploy/brotli-static.conf /tmp/brotli/
# The brotli includes only where the module exists; the directory belongs to the nginx user, who
# runs the server and writes its pid and (unused) temporary directories there. The site itself
# stays read-only to it.
RUN if [ -e /usr/lib/nginx/modules/ngx_http_brotli_static_module.so ]; then \
		mv /tmp/brotli/*.conf ./; \
	fi \
	&& rm -rf /tmp/brotli \
	&& chown nginx:nginx /srv/commons-check
COPY --from=build /app/build ./site
USER nginx
EXPOSE 8080
# nginx directly, without the image's entrypoint scripts (they edit /etc/nginx, which is unused).
ENTRYPOINT ["nginx", "-p", "/srv/commons-check/", "-c", "/srv/commons-check/nginx.conf", "-e", "stderr"]
CMD ["-g", "daemon off;"]
