#include "cli/CertClusterCommand.h"
#include "cli/CertCommand.h"
#include "cli/ClusterCommands.h"
#include "cli/CredentialCommand.h"
#include "cli/EditCommand.h"
#include "cli/ExposeCommand.h"
#include "cli/LogsCommand.h"
#include "cli/ReleaseCommands.h"
#include "backend/core/BuildInfo.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

namespace {
const char kUsage[] = R"(usage: fedconsole-cli [--kubeconfig FILE] [--context NAME | --all-contexts] COMMAND ...

Commands:
  contexts [-o json]                         list kubeconfig contexts
  get KIND [-n NS | -A] [-l SEL] [-o wide|json]   list resources, columns as kubectl prints them
  federations [-o json|wide] [-f FILE]...   federations and parties with health and evidence
  gpus [-o json] [-f FILE]...                GPU capacity/allocation per node and party
  cert ca create|list|import, cert issue, cert sign-csr, cert list, cert export
                                             certificates for a federation (cert --help)
  cert list --cluster, cert deploy, cert renew-secret
                                             certificates in cluster secrets (cert deploy --help)
  logs POD|-l SEL [-n NS] [-c C] [-f] [--since D] [--since-time T] [--tail N] [--timestamps] [--previous] [--prefix]
                                             pod logs, resumed after a cut without duplicates
  releases [-A | -n NS] [-o json]            Helm releases, read from Helm's storage (no helm needed)
  release history|values|manifest|status NAME [-n NS]
  release install|upgrade|rollback|uninstall ...
                                             one release; changes run the real helm (release --help)
  expose|unexpose SERVICE [-n NS] [--ports P,P...] [--ingress-namespace NS] [--dry-run]
                                             a Service's TCP ports through ingress-nginx (expose --help)
  credential --keychain KEY                  exec credential plugin: a token from the desktop keychain
                                             (written into kubeconfigs by FedConsole's Add cluster)
  version                                    versions of fedconsole-cli and its libraries (also --version)
  edit-configmap NAME [-n NS] --set K=V | --set-file K=FILE | --delete K ... [--dry-run]
                                             keys of a ConfigMap, checked, diffed, precondition on write

--all-contexts (get, federations, gpus): every context of the kubeconfig together, tables with a
CONTEXT column; a context that cannot be read is named on stderr, the others still shown (exit 2).

Exit codes: 0 success, 1 usage error, 2 runtime error (message on stderr).
)";
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("fedconsole"));
    QCoreApplication::setOrganizationName(QStringLiteral("FedConsole"));
    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList args = QCoreApplication::arguments().mid(1);
    const fc::cli::GlobalOptions global = fc::cli::takeGlobalOptions(args);
    if (args.isEmpty() || args.first() == u"help" || args.first() == u"--help" || args.first() == u"-h") {
        (args.isEmpty() ? err : out) << kUsage;
        return args.isEmpty() ? 1 : 0;
    }
    const QString command = args.takeFirst();
    if (command == u"version" || command == u"--version") {
        out << fc::versionReport(QStringLiteral("fedconsole-cli"));
        return 0;
    }
    if (command == u"credential")
        return fc::cli::runCredential(args, out, err);
    if (command == u"contexts")
        return fc::cli::runContexts(global, args, out, err);
    if (command == u"get")
        return fc::cli::runGet(global, args, out, err);
    if (command == u"federations")
        return fc::cli::runFederations(global, args, out, err);
    if (command == u"gpus")
        return fc::cli::runGpus(global, args, out, err);
    if (command == u"logs") return fc::cli::runLogs(global, args, out, err);
    if (command == u"releases")
        return fc::cli::runReleases(global, args, out, err);
    if (command == u"release")
        return fc::cli::runRelease(global, args, out, err);
    if (command == u"edit-configmap")
        return fc::cli::runEditConfigMap(global, args, out, err);
    if (command == u"expose" || command == u"unexpose")
        return fc::cli::runExpose(global, command == u"unexpose", args, out, err);
    if (command == u"cert" && fc::cli::isCertClusterCommand(args))
        return fc::cli::runCertClusterCommand(global, args, out, err);
    if (command == u"cert")
        return fc::cli::runCertCommand(args, out, err);
    err << "error: unknown command '" << command << "'\n" << kUsage;
    return 1;
}
