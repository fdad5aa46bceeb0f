#!/usr/bin/env python3
"""Secrets at rest (issue 14): after the whole test suite, no private key, bearer token or
passphrase that the tests handed to the app may be found in clear where the app writes — its
settings and data folders (QStandardPaths' test-mode folders included), drafts, temporary files
under $TMPDIR made during the run, and the build's test output (the tests' own logs).

  scan_at_rest.py BUILD_DIR   (the cluster folder: $FEDCONSOLE_CLUSTER_DIR, else $TMPDIR/fedconsole-local-cluster)

Needles: the local control plane's bearer token and the admin client key (read from CLUSTER_DIR
while the cluster is up), the token and passphrase values the tests use (listed below), and in the
app's own folders any unencrypted private key PEM. Files the tests themselves wrote as input
(kubeconfigs in their temporary folders, removed when they end) are not the app's writing; the
cluster's state folder and the binary caches are not scanned.
"""
import base64
import os
import re
import sys
import time

# Values the tests give the app as secrets (tokens in kubeconfigs, CA passphrases, PKCS#12
# passwords); keep in step with the tests (grep for them when adding one).
TEST_SECRETS = [
    "very-secret-token-123", "plugin-token", "plain-token", "plain-text-must-not-appear-4711",
    "gui-ca-passphrase", "correct horse battery", "it-ca-passphrase", "issuing pass", "store-pw",
    "wizard-secret", "readme-demo-passphrase", "p12 pass", "file passphrase",
]
PEM_PLAIN_KEY = re.compile(rb"-----BEGIN (RSA |EC |)PRIVATE KEY-----")
HOME = os.path.expanduser("~")
APP_DIRS = [os.path.join(HOME, d) for d in (
    ".config/FedConsole", ".local/share/FedConsole", ".local/share/fedconsole", ".cache/FedConsole",
    ".qttest/config/FedConsole", ".qttest/share/FedConsole", ".qttest/cache/FedConsole",
    ".qttest/config", ".qttest/share", ".qttest/cache")]
MAX_BYTES = 64 * 1024 * 1024


def needles(cluster_dir):
    out = {}
    token = os.path.join(cluster_dir, "token")
    if os.path.exists(token):
        out["the local cluster's bearer token"] = open(token, "rb").read().strip()
    key = os.path.join(cluster_dir, "pki", "admin.key")
    if os.path.exists(key):
        pem = open(key, "rb").read()
        body = b"".join(l for l in pem.splitlines() if l and not l.startswith(b"-----"))
        out["the admin client key (PEM body)"] = body[:48]
        out["the admin client key (kubeconfig base64)"] = base64.b64encode(pem)[:48]
    for s in TEST_SECRETS:
        out["test secret %r" % s] = s.encode()
    return out


def files_under(root, since=None, skip=()):
    for dirpath, dirnames, filenames in os.walk(root, onerror=lambda e: None):
        dirnames[:] = [d for d in dirnames if not any(os.path.join(dirpath, d).startswith(s) for s in skip)]
        for f in filenames:
            p = os.path.join(dirpath, f)
            try:
                st = os.lstat(p)
            except OSError:
                continue
            if not os.path.isfile(p) or os.path.islink(p) or st.st_size > MAX_BYTES:
                continue
            if since is not None and st.st_mtime < since:
                continue
            yield p


def main():
    if len(sys.argv) != 2:
        print(__doc__)
        return 2
    build_dir = os.path.abspath(sys.argv[1])
    cluster_dir = os.environ.get("FEDCONSOLE_CLUSTER_DIR") or os.path.join(os.environ.get("TMPDIR", "/tmp"), "fedconsole-local-cluster")
    cluster_dir = os.path.abspath(cluster_dir)
    ports = os.path.join(cluster_dir, "ports.env")
    if not os.path.exists(ports):
        print("no local cluster at %s (the scan runs inside the local_cluster fixture): run it through ctest" % cluster_dir)
        return 1
    since = os.path.getmtime(ports) - 5  # the run started with the cluster
    tmp = os.environ.get("TMPDIR", "/tmp")
    found = []
    scanned = 0
    ns = needles(cluster_dir)
    places = []
    for d in APP_DIRS:
        places.append((d, None, (), True))
    places.append((tmp, since, (cluster_dir, os.path.join(tmp, "bash_jobs")), False))
    places.append((os.path.join(build_dir, "Testing", "Temporary"), None, (), False))
    seen = set()
    for root, when, skip, app_owned in places:
        if not os.path.isdir(root):
            continue
        for p in files_under(root, when, skip):
            if p in seen:
                continue
            seen.add(p)
            try:
                data = open(p, "rb").read()
            except OSError:
                continue
            scanned += 1
            for what, needle in ns.items():
                if needle and needle in data:
                    found.append("%s: %s" % (p, what))
            if app_owned and PEM_PLAIN_KEY.search(data):
                found.append("%s: an unencrypted private key in the app's own folder" % p)
    print("scanned %d files (app folders, %s since the run began, %s)" % (scanned, tmp, os.path.join(build_dir, "Testing", "Temporary")))
    if found:
        print("secrets found in clear:")
        for f in found:
            print("  " + f)
        return 1
    print("no key, token or passphrase of the tests found in clear")
    return 0


if __name__ == "__main__":
    sys.exit(main())
