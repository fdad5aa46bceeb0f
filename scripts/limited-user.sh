#!/usr/bin/env bash
# Writes a kubeconfig for a ServiceAccount with limited rights on the local control plane, as a
# partner's cluster gives them (issue 14): real Roles/ClusterRoles, a token from the TokenRequest
# API (`kubectl create token`), the server and CA of the local cluster's kubeconfig.
#   limited-user.sh PROFILE OUT_KUBECONFIG [NAMESPACE]
# PROFILE:
#   one-namespace  get/list/watch pods, pods/log, services, configmaps in NAMESPACE (default: default) only
#   no-nodes       reads everything namespaced (secrets included) in every namespace, but no nodes
#   no-secrets     reads everything (nodes included) except secrets: the built-in "view" role plus nodes
# The ServiceAccount lives in namespace fedconsole-rbac; rerunning replaces its token.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
profile=${1:?usage: limited-user.sh one-namespace|no-nodes|no-secrets OUT_KUBECONFIG [NAMESPACE]}
out=${2:?usage: limited-user.sh PROFILE OUT_KUBECONFIG [NAMESPACE]}
ns=${3:-default}
eval "$("$HERE/local-cluster.sh" env)"
[[ -f $KUBECONFIG ]] || { echo "no local cluster at $FEDCONSOLE_CLUSTER_DIR: run scripts/local-cluster.sh up" >&2; exit 1; }
sa=fc-$profile
home=fedconsole-rbac

rules_one_namespace="
- apiGroups: [\"\"]
  resources: [\"pods\", \"pods/log\", \"services\", \"configmaps\"]
  verbs: [\"get\", \"list\", \"watch\"]"
rules_no_nodes="
- apiGroups: [\"\"]
  resources: [\"pods\", \"pods/log\", \"services\", \"endpoints\", \"configmaps\", \"secrets\", \"namespaces\", \"events\", \"persistentvolumeclaims\", \"serviceaccounts\"]
  verbs: [\"get\", \"list\", \"watch\"]
- apiGroups: [\"apps\", \"batch\", \"networking.k8s.io\", \"events.k8s.io\"]
  resources: [\"*\"]
  verbs: [\"get\", \"list\", \"watch\"]"

{
  printf 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: %s\n---\n' "$home"
  printf 'apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: %s\n  namespace: %s\n---\n' "$sa" "$home"
  case $profile in
    one-namespace)
      printf 'apiVersion: rbac.authorization.k8s.io/v1\nkind: Role\nmetadata:\n  name: %s\n  namespace: %s\nrules:%s\n---\n' "$sa" "$ns" "$rules_one_namespace"
      printf 'apiVersion: rbac.authorization.k8s.io/v1\nkind: RoleBinding\nmetadata:\n  name: %s\n  namespace: %s\n' "$sa" "$ns"
      printf 'roleRef:\n  apiGroup: rbac.authorization.k8s.io\n  kind: Role\n  name: %s\n' "$sa"
      printf 'subjects:\n- kind: ServiceAccount\n  name: %s\n  namespace: %s\n' "$sa" "$home" ;;
    no-nodes|no-secrets)
      if [[ $profile == no-nodes ]]; then
        printf 'apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata:\n  name: %s\nrules:%s\n---\n' "$sa" "$rules_no_nodes"
        role=$sa
      else
        printf 'apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata:\n  name: %s\nrules:\n' "$sa"
        printf -- '- apiGroups: [""]\n  resources: ["nodes", "pods/log"]\n  verbs: ["get", "list", "watch"]\n---\n'
        printf 'apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRoleBinding\nmetadata:\n  name: %s-view\n' "$sa"
        printf 'roleRef:\n  apiGroup: rbac.authorization.k8s.io\n  kind: ClusterRole\n  name: view\n'
        printf 'subjects:\n- kind: ServiceAccount\n  name: %s\n  namespace: %s\n---\n' "$sa" "$home"
        role=$sa
      fi
      printf 'apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRoleBinding\nmetadata:\n  name: %s\n' "$sa"
      printf 'roleRef:\n  apiGroup: rbac.authorization.k8s.io\n  kind: ClusterRole\n  name: %s\n' "$role"
      printf 'subjects:\n- kind: ServiceAccount\n  name: %s\n  namespace: %s\n' "$sa" "$home" ;;
    *) echo "unknown profile: $profile (one-namespace, no-nodes, no-secrets)" >&2; exit 2 ;;
  esac
} | kubectl apply -f - >/dev/null

token=$(kubectl create token "$sa" -n "$home" --duration=24h)
server=$(kubectl config view --raw --minify -o jsonpath='{.clusters[0].cluster.server}')
ca=$(kubectl config view --raw --minify -o jsonpath='{.clusters[0].cluster.certificate-authority-data}')
umask 077
cat >"$out" <<KC
apiVersion: v1
kind: Config
clusters:
- name: fedconsole-local
  cluster:
    server: $server
    certificate-authority-data: $ca
users:
- name: $sa
  user:
    token: $token
contexts:
- name: $sa
  context:
    cluster: fedconsole-local
    user: $sa
    namespace: $ns
current-context: $sa
KC
echo "$out: context $sa (profile $profile, namespace $ns)"
