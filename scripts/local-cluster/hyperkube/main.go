// Command hyperkube dispatches on the basename of argv[0] to the upstream
// kube-apiserver, kube-controller-manager and kube-scheduler commands
// (k8s.io/kubernetes v1.32.4). Symlink it under those three names.
package main

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"
	"k8s.io/component-base/cli"
	apiserver "k8s.io/kubernetes/cmd/kube-apiserver/app"
	controllermanager "k8s.io/kubernetes/cmd/kube-controller-manager/app"
	scheduler "k8s.io/kubernetes/cmd/kube-scheduler/app"
)

func main() {
	name := filepath.Base(os.Args[0])
	args := os.Args[1:]
	// Also allow "hyperkube kube-apiserver ..." for convenience.
	if name == "hyperkube" && len(args) > 0 {
		name, args = args[0], args[1:]
	}
	var cmd *cobra.Command
	switch name {
	case "kube-apiserver":
		cmd = apiserver.NewAPIServerCommand()
	case "kube-controller-manager":
		cmd = controllermanager.NewControllerManagerCommand()
	case "kube-scheduler":
		cmd = scheduler.NewSchedulerCommand()
	default:
		fmt.Fprintf(os.Stderr, "hyperkube: unknown command %q (want kube-apiserver, kube-controller-manager or kube-scheduler)\n", name)
		os.Exit(2)
	}
	cmd.SetArgs(args)
	os.Exit(cli.Run(cmd))
}
