// Command etcd is upstream etcd v3.5 (go.etcd.io/etcd/server/v3), built through
// a wrapper module because etcd's server go.mod has replace directives and
// cannot be "go install"ed. Used instead of Debian's etcd 3.4.23, which lacks
// RequestWatchProgress (kube-apiserver then fails WatchList streams).
package main

import (
	"os"

	"go.etcd.io/etcd/server/v3/etcdmain"
)

func main() {
	etcdmain.Main(os.Args)
}
