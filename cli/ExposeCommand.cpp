#include "cli/ExposeCommand.h"

#include "cli/CliSupport.h"
#include "cli/ClusterSession.h"

#include "backend/cluster/YamlCodec.h"
#include "model/editors/ExposeOperation.h"
#include "model/editors/TextDiff.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>

#include <optional>

namespace fc::cli {

namespace {

const char kUsage[] = R"(usage: fedconsole-cli expose|unexpose SERVICE [-n NS] [--ports P,P...] [--ingress-namespace NS]
                                     [--container C] [--dry-run] [-o json]
Opens a Service's TCP ports on every node through ingress-nginx, as NVIDIA FLARE's microk8s guide
does by hand: a row "P: NS/SERVICE:P" in the controller's TCP map and a containerPort/hostPort P on
the controller (microk8s: namespace "ingress", the default). Without --port: all the Service's TCP
ports (--port P may be repeated too). unexpose takes back only what expose added (or, for maps edited by hand, the rows forwarding
exactly to the Service). --dry-run: the server checks both writes, nothing is stored; the diffs
are printed either way. If the controller cannot be written, the map is put back.
)";

QJsonArray intArray(const QList<int> &values)
{
    QJsonArray a;
    for (int v : values)
        a.append(v);
    return a;
}

} // namespace

int runExpose(const GlobalOptions &g, bool unexpose, const QStringList &args, QTextStream &out, QTextStream &err)
{
    editors::ExposeOperation::Request request;
    request.unexpose = unexpose;
    request.ingressNamespace = QStringLiteral("ingress");
    bool json = false;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        const bool hasValue = i + 1 < args.size();
        if ((a == u"-n" || a == u"--namespace") && hasValue) {
            request.serviceNamespace = args[++i];
        } else if ((a == u"--port" || a == u"--ports") && hasValue) {
            for (const QString &text : args[++i].split(u',', Qt::SkipEmptyParts)) {
                bool ok = false;
                const int port = text.trimmed().toInt(&ok);
                if (!ok || port < 1 || port > 65535) {
                    err << "error: " << a << " takes port numbers (1-65535), not '" << text << "'\n" << kUsage;
                    return kExitUsage;
                }
                request.ports << port;
            }
        } else if (a == u"--ingress-namespace" && hasValue) {
            request.ingressNamespace = args[++i];
        } else if (a == u"--container" && hasValue) {
            request.container = args[++i];
        } else if (a == u"--dry-run") {
            request.dryRun = true;
        } else if ((a == u"-o" || a == u"--output") && hasValue && args[i + 1] == u"json") {
            json = true;
            ++i;
        } else if (a == u"-h" || a == u"--help") {
            out << kUsage;
            return 0;
        } else if (!a.startsWith(u'-') && request.service.isEmpty()) {
            request.service = a;
        } else {
            err << "error: unexpected argument '" << a << "'\n" << kUsage;
            return kExitUsage;
        }
    }
    if (request.service.isEmpty()) {
        err << "error: name the Service\n" << kUsage;
        return kExitUsage;
    }
    auto session = ClusterSession::open(g);
    if (!session)
        return failure(err, session.error());
    ClusterSession &s = *session.value();
    if (request.serviceNamespace.isEmpty())
        request.serviceNamespace = s.context().namespaceName;

    editors::ExposeOperation operation(&s.objects());
    std::optional<Result<editors::ExposeOperation::Outcome>> result;
    QEventLoop loop; // the CLI waits here; the operation itself never blocks
    QObject::connect(&operation, &editors::ExposeOperation::progress, &operation, [&](const QString &step) {
        if (!json)
            err << step << '\n', err.flush();
    });
    QObject::connect(&operation, &editors::ExposeOperation::finished, &loop, [&](const Result<editors::ExposeOperation::Outcome> &r) {
        result = r;
        loop.quit();
    });
    operation.start(request);
    if (!result)
        loop.exec();
    if (!result->ok())
        return failure(err, result->error());
    const editors::ExposeOperation::Outcome &o = result->value();
    if (json) {
        QJsonObject j{{QStringLiteral("service"), QString(request.serviceNamespace + u'/' + request.service)},
                      {QStringLiteral("tcpMap"), o.ingress.tcpMap},
                      {QStringLiteral("controller"), QString(o.ingress.controllerKind + u'/' + o.ingress.controllerName)},
                      {unexpose ? QStringLiteral("rowsRemoved") : QStringLiteral("rowsAdded"), intArray(o.plan.rows)},
                      {unexpose ? QStringLiteral("hostPortsRemoved") : QStringLiteral("hostPortsAdded"), intArray(o.plan.hostPorts)},
                      {QStringLiteral("skipped"), QJsonArray::fromStringList(o.plan.skipped)},
                      {QStringLiteral("dryRun"), request.dryRun}};
        out << QJsonDocument(j).toJson(QJsonDocument::Indented);
        return 0;
    }
    for (const QString &skip : o.plan.skipped)
        out << "skipped: " << skip << '\n';
    if (o.nothingToDo()) {
        out << (unexpose ? "nothing to take back: " : "nothing to do: ") << request.service << (unexpose ? " is not exposed" : " is already exposed")
            << " through " << o.ingress.tcpMap << '\n';
        return 0;
    }
    if (o.plan.changesTcpMap)
        out << "--- ConfigMap " << o.ingress.tcpMap << '\n' << editors::unifiedYamlDiff(o.tcpMapBefore, o.plan.tcpMap);
    if (o.plan.changesController)
        out << "--- " << o.ingress.controllerKind << ' ' << o.ingress.namespace_ << '/' << o.ingress.controllerName << '\n'
            << editors::unifiedYamlDiff(o.controllerBefore, o.plan.controller);
    QStringList ports;
    for (int p : o.plan.rows)
        ports << QString::number(p);
    out << (request.dryRun ? "dry run, nothing stored: " : "") << request.serviceNamespace << '/' << request.service
        << (unexpose ? " no longer exposed on port(s) " : " exposed on port(s) ") << ports.join(QStringLiteral(", ")) << '\n';
    return 0;
}

} // namespace fc::cli
