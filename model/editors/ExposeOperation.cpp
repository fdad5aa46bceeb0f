#include "model/editors/ExposeOperation.h"

#include <iterator>
#include <optional>

namespace fc::editors {

namespace {

QString nameOf(const QJsonObject &o)
{
    return o.value(QLatin1String("metadata")).toObject().value(QLatin1String("name")).toString();
}

ResourceType controllerType(const QString &kind)
{
    return ResourceType::of(kind == u"Deployment" ? Kind::Deployment : Kind::DaemonSet);
}

} // namespace

/// One run's state, shared by the callbacks of its requests.
struct ExposeOperation::Run {
    Request request;
    Outcome outcome;
    QJsonObject service;
    QList<QJsonObject> workloads;
    QList<QJsonObject> configMaps;
    QList<QJsonObject> helmSecrets;
    int pendingLists = 0;
    std::optional<Error> listError;
    int controllerConflicts = 0; ///< 409s on the controller write retried so far
};

ExposeOperation::ExposeOperation(ObjectClient *client, QObject *parent) : QObject(parent), m_client(client) {}

ExposeOperation::~ExposeOperation() = default;

void ExposeOperation::start(const Request &request)
{
    if (m_running) {
        Q_EMIT finished(makeError(tr("An exposure is already being written.")));
        return;
    }
    m_running = true;
    auto run = std::make_shared<Run>();
    run->request = request;
    Q_EMIT progress(tr("Reading Service %1/%2…").arg(request.serviceNamespace, request.service));
    m_client->get(ResourceType::of(Kind::Service), request.serviceNamespace, request.service, this,
                  [this, run](const Result<KubeObject> &r) {
                      if (!r) {
                          Error e = r.error();
                          e.message = tr("Cannot read Service %1/%2: %3").arg(run->request.serviceNamespace, run->request.service, e.message);
                          finish(e);
                          return;
                      }
                      run->service = r->json;
                      readIngress(run);
                  });
}

void ExposeOperation::readIngress(std::shared_ptr<Run> run)
{
    const QString ns = run->request.ingressNamespace;
    Q_EMIT progress(tr("Looking for the ingress controller in namespace %1…").arg(ns));
    // four lists at once; the plan is made when the last one answers
    struct Source {
        Kind kind;
        QString labelSelector;
        QList<QJsonObject> Run::*into;
    };
    const Source sources[] = {
        {Kind::DaemonSet, {}, &Run::workloads},
        {Kind::Deployment, {}, &Run::workloads},
        {Kind::ConfigMap, {}, &Run::configMaps},
        {Kind::Secret, QStringLiteral("owner=helm"), &Run::helmSecrets}, // only their metadata is used
    };
    run->pendingLists = int(std::size(sources));
    for (const Source &s : sources) {
        ListOptions options;
        options.namespace_ = ns;
        options.labelSelector = s.labelSelector;
        QList<QJsonObject> Run::*into = s.into;
        const bool optional = s.kind == Kind::Secret; // a user who may not read Secrets still gets a detection
        const ResourceType type = ResourceType::of(s.kind);
        m_client->list(type, options, this, [this, run, into, optional, type](const Result<QList<QJsonObject>> &r) {
            if (r) {
                // list items carry no apiVersion/kind; detection and the writes need them
                for (QJsonObject o : r.value()) {
                    o.insert(QStringLiteral("apiVersion"), type.group.isEmpty() ? type.version : type.group + u'/' + type.version);
                    o.insert(QStringLiteral("kind"), type.kind);
                    ((*run).*into).append(o);
                }
            }
            else if (!optional && !run->listError)
                run->listError = r.error();
            if (--run->pendingLists == 0)
                plan(run);
        });
    }
}

void ExposeOperation::plan(std::shared_ptr<Run> run)
{
    if (run->listError) {
        Error e = *run->listError;
        e.message = tr("Cannot read the ingress namespace %1: %2").arg(run->request.ingressNamespace, e.message);
        finish(e);
        return;
    }
    for (QJsonObject &secret : run->helmSecrets)
        secret.remove(QStringLiteral("data")); // detectIngress reads names and labels only
    Outcome &out = run->outcome;
    out.ingress = detectIngress(run->workloads, run->configMaps, run->helmSecrets);
    if (!out.ingress.canExpose) {
        finish(makeError(out.ingress.message.isEmpty()
                             ? tr("No ingress-nginx controller with a TCP map in namespace %1.").arg(run->request.ingressNamespace)
                             : out.ingress.message));
        return;
    }
    const QString mapNamespace = out.ingress.tcpMap.section(u'/', 0, 0);
    const QString mapName = out.ingress.tcpMap.section(u'/', 1);
    for (const QJsonObject &cm : std::as_const(run->configMaps))
        if (nameOf(cm) == mapName)
            out.tcpMapBefore = cm;
    for (const QJsonObject &w : std::as_const(run->workloads))
        if (nameOf(w) == out.ingress.controllerName && w.value(QLatin1String("kind")).toString() == out.ingress.controllerKind)
            out.controllerBefore = w;
    if (out.tcpMapBefore.isEmpty() || mapNamespace != run->request.ingressNamespace) {
        finish(makeError(tr("The controller's TCP map %1 is not in namespace %2.").arg(out.ingress.tcpMap, run->request.ingressNamespace)));
        return;
    }
    const ExposeRequest request{run->service, run->request.ports, out.tcpMapBefore, out.controllerBefore,
                                run->request.container.isEmpty() ? out.ingress.container : run->request.container};
    const Result<ExposePlan> planned = run->request.unexpose ? planUnexpose(request) : planExpose(request);
    if (!planned) {
        finish(planned.error());
        return;
    }
    out.plan = planned.value();
    if (out.plan.isEmpty()) {
        finish(out);
        return;
    }
    writeMap(run);
}

void ExposeOperation::writeMap(std::shared_ptr<Run> run)
{
    Outcome &out = run->outcome;
    if (!out.plan.changesTcpMap) {
        out.tcpMapAfter = out.tcpMapBefore;
        writeController(run);
        return;
    }
    Q_EMIT progress(tr("Writing the TCP map %1…").arg(out.ingress.tcpMap));
    m_client->update(ResourceType::of(Kind::ConfigMap), out.plan.tcpMap, {run->request.dryRun, false}, this,
                     [this, run](const Result<KubeObject> &r) {
                         if (!r) {
                             Error e = r.error();
                             e.message = tr("Nothing was changed: writing the TCP map failed: %1").arg(e.message);
                             finish(e);
                             return;
                         }
                         run->outcome.tcpMapAfter = r->json;
                         writeController(run);
                     });
}

void ExposeOperation::writeController(std::shared_ptr<Run> run)
{
    Outcome &out = run->outcome;
    if (!out.plan.changesController) {
        out.controllerAfter = out.controllerBefore;
        finish(out);
        return;
    }
    Q_EMIT progress(tr("Writing the ports of %1 %2…").arg(out.ingress.controllerKind, out.ingress.controllerName));
    m_client->update(controllerType(out.ingress.controllerKind), out.plan.controller, {run->request.dryRun, false}, this,
                     [this, run](const Result<KubeObject> &r) {
                         if (!r && apiFailure(r.error()) == ApiFailure::Conflict && run->controllerConflicts < 3) {
                             retryController(run, r.error());
                             return;
                         }
                         if (!r) {
                             if (run->outcome.plan.changesTcpMap && !run->request.dryRun)
                                 putMapBack(run, r.error());
                             else
                                 finish(r.error());
                             return;
                         }
                         run->outcome.controllerAfter = r->json;
                         finish(run->outcome);
                     });
}

void ExposeOperation::retryController(std::shared_ptr<Run> run, const Error &conflict)
{
    // the controller's own status writes move resourceVersion all the time (a DaemonSet's
    // numberReady…): when only that changed, the planned spec is written again at the new
    // version; a spec changed by someone else is not overwritten
    ++run->controllerConflicts;
    const ResourceType type = controllerType(run->outcome.ingress.controllerKind);
    m_client->get(type, run->outcome.ingress.namespace_, run->outcome.ingress.controllerName, this,
                  [this, run, conflict](const Result<KubeObject> &fresh) {
                      const auto fail = [&](const Error &e) {
                          if (run->outcome.plan.changesTcpMap && !run->request.dryRun)
                              putMapBack(run, e);
                          else
                              finish(e);
                      };
                      if (!fresh)
                          return fail(conflict);
                      const QJsonValue freshSpec = fresh->json.value(QLatin1String("spec"));
                      if (freshSpec != run->outcome.controllerBefore.value(QLatin1String("spec"))) {
                          Error e = conflict;
                          e.message = tr("%1 %2 was changed by someone else while exposing; nothing of theirs is overwritten: %3")
                                          .arg(run->outcome.ingress.controllerKind, run->outcome.ingress.controllerName, conflict.message);
                          return fail(e);
                      }
                      QJsonObject meta = run->outcome.plan.controller.value(QLatin1String("metadata")).toObject();
                      meta.insert(QStringLiteral("resourceVersion"),
                                  fresh->json.value(QLatin1String("metadata")).toObject().value(QLatin1String("resourceVersion")));
                      run->outcome.plan.controller.insert(QStringLiteral("metadata"), meta);
                      run->outcome.controllerBefore = fresh->json;
                      writeController(run);
                  });
}

void ExposeOperation::putMapBack(std::shared_ptr<Run> run, const Error &controllerError)
{
    Q_EMIT progress(tr("Writing the controller failed; putting the TCP map back…"));
    // what was read, at the version just written (the precondition: nobody changed it since)
    QJsonObject restore = run->outcome.tcpMapBefore;
    QJsonObject meta = restore.value(QLatin1String("metadata")).toObject();
    meta.insert(QStringLiteral("resourceVersion"),
                run->outcome.tcpMapAfter.value(QLatin1String("metadata")).toObject().value(QLatin1String("resourceVersion")));
    restore.insert(QStringLiteral("metadata"), meta);
    m_client->update(ResourceType::of(Kind::ConfigMap), restore, {}, this, [this, controllerError](const Result<KubeObject> &r) {
        Error e = controllerError;
        e.message = r ? tr("Writing the controller failed, so the TCP map was put back as it was; nothing is changed: %1").arg(controllerError.message)
                      : tr("Writing the controller failed (%1), and putting the TCP map back failed too (%2): the map forwards ports the "
                           "controller does not open — remove them by hand or run unexpose.")
                            .arg(controllerError.message, r.error().message);
        finish(e);
    });
}

void ExposeOperation::finish(const Result<Outcome> &result)
{
    m_running = false;
    Q_EMIT finished(result);
}

} // namespace fc::editors
