#!/usr/bin/env bash
# Builds the helm binaries FedConsole's tests and benchmarks drive, from Helm's own Go modules
# through the module proxy (the same way scripts/local-cluster.sh builds kwok):
#   helm v4.3.2  (helm.sh/helm/v4/cmd/helm)  the current Helm
#   helm v3.21.4 (helm.sh/helm/v3/cmd/helm)  for the Helm 3 compatibility tests
# cached in ${XDG_CACHE_HOME:-$HOME/.cache}/fedconsole/helm/<version>/helm.
#
# Usage: scripts/helm-bins.sh [build]   build what is missing (a no-op when cached)
#        scripts/helm-bins.sh path v4|v3   print the cached binary's path (exit 1 when missing)
# scripts/local-cluster.sh build calls this script, so scripts/test.sh builds helm too.
set -euo pipefail

HELM4_VERSION=v4.3.2
HELM3_VERSION=v3.21.4
CACHE="${XDG_CACHE_HOME:-$HOME/.cache}/fedconsole/helm"

log() { printf '[%s] %s\n' "$(date -u +%H:%M:%S.%2N)" "$*" >&2; }
die() { printf '[%s] ERROR: %s\n' "$(date -u +%H:%M:%S.%2N)" "$*" >&2; exit 1; }

version_of() { # version_of v4|v3
  case $1 in
    v4) echo "$HELM4_VERSION" ;;
    v3) echo "$HELM3_VERSION" ;;
    *) die "unknown helm major '$1' (v4 or v3)" ;;
  esac
}

# cached_ok MAJOR: the cached binary runs and reports the pinned version.
cached_ok() {
  local version bin
  version=$(version_of "$1")
  bin="$CACHE/$version/helm"
  [[ -x $bin ]] || return 1
  [[ $("$bin" version --template '{{.Version}}' 2>/dev/null) == "$version" ]]
}

build_helm() { # build_helm MAJOR
  local major=$1 version out start pid
  version=$(version_of "$major")
  out="$CACHE/$version"
  mkdir -p "$out"
  log "building helm $version (go install helm.sh/helm/$major/cmd/helm@$version, ~3-6 min cold on 2 cores)"
  start=$SECONDS
  # helm's `version` command reads internal/version; `go install` does not stamp it by itself.
  (
    export GOTOOLCHAIN=local GOFLAGS=-mod=mod GOBIN="$out/.gobin"
    go install -p "${FEDCONSOLE_BUILD_JOBS:-2}" -trimpath \
      -ldflags "-s -w -X helm.sh/helm/$major/internal/version.version=$version" \
      "helm.sh/helm/$major/cmd/helm@$version"
  ) &
  pid=$!
  while kill -0 "$pid" 2>/dev/null; do
    sleep 5
    if (((SECONDS - start) % 30 < 5)); then log "  ... still compiling helm $version ($((SECONDS - start))s)"; fi
  done
  wait "$pid" || die "helm $version build failed (see output above)"
  mv -f "$out/.gobin/helm" "$out/helm"
  rmdir "$out/.gobin" 2>/dev/null || true
  cached_ok "$major" || die "helm $version was built but '$out/helm version' does not report $version"
  log "  helm $version built in $((SECONDS - start))s: $out/helm"
}

cmd_build() {
  command -v go >/dev/null || die "go not found on PATH (needed to build helm)"
  local major
  for major in v4 v3; do
    if cached_ok "$major"; then
      log "helm $(version_of "$major"): cached ($CACHE/$(version_of "$major")/helm)"
    else
      build_helm "$major"
    fi
  done
}

case "${1:-build}" in
  build) cmd_build ;;
  path)
    bin="$CACHE/$(version_of "${2:-v4}")/helm"
    [[ -x $bin ]] || die "helm $(version_of "${2:-v4}") is not built: run scripts/helm-bins.sh"
    echo "$bin" ;;
  *) die "usage: $0 [build] | path v4|v3" ;;
esac
