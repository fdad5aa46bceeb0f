// Helm releases from storage (bench/run-helm.sh runs it next to `helm list -A` on the same seeded
// local control plane):
//   helm_bench list                     connect → each release's latest revision shown (the head
//                                       start: Secrets owner=helm,status!=superseded), and →
//                                       every Secret listed through the informer, decoded on the
//                                       worker (histories whole); whether what was shown first
//                                       equals the final list
//   helm_bench live N HELM CHART NS     N upgrades by the real helm, one at a time: how long after
//                                       helm exits the new revision shows deployed in the model
// Both print one JSON line, with the worst event-loop stall (the UI thread's share) while it ran.

#include "bench/BenchCluster.h"

#include "model/cluster/Informer.h"
#include "model/helm/ReleaseListModel.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTimer>

#include <algorithm>

using namespace fc;
using namespace fc::bench;

namespace {

QTextStream out(stdout);
QTextStream err(stderr);

/// Runs the event loop until `done` holds (checked every millisecond) or `timeoutMs` passes.
bool runUntil(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    QTimer check;
    check.setInterval(1);
    QObject::connect(&check, &QTimer::timeout, qApp, [&] {
        if (done() || t.elapsed() > timeoutMs)
            QCoreApplication::exit(0);
    });
    check.start();
    QCoreApplication::exec();
    return done();
}

int listMode()
{
    StallMeter stall;
    stall.start();
    QElapsedTimer t;
    t.start();
    BenchCluster cluster;
    if (!cluster.open())
        return 2;
    Informer informer(cluster.connection());
    ReleaseListModel model;
    // as the Releases page does: each release's latest revision first, then every Secret
    ResourceStore *head = informer.headStart(Kind::Secret, helmCurrentRevisionsSelector());
    ResourceStore *secrets = informer.store(Kind::Secret); // what the GUI watches: every Secret
    model.addStore(head);
    model.addStore(secrets);
    // the rows as shown: name, namespace, revision, status of each release's latest revision
    const auto rows = [&model] {
        QStringList out;
        for (int r = 0; r < model.rowCount(); ++r) {
            const HelmReleaseSummary s = model.latest(r);
            out << s.namespace_ + u'/' + s.name + u' ' + QString::number(s.revision) + u' ' + s.status;
        }
        out.sort();
        return out;
    };
    qint64 shownMs = -1;
    QStringList shown;
    // after the model's own batchApplied slot (connected first): the rows are the head start's
    QObject::connect(head, &ResourceStore::batchApplied, qApp, [&] {
        if (head->synced() && shownMs < 0) {
            shownMs = t.elapsed();
            shown = rows();
        }
    });
    if (!runUntil([&] { return secrets->synced(); }, 120000)) {
        err << "not synced after 120 s" << Qt::endl;
        return 2;
    }
    const qint64 ms = t.elapsed();
    stall.stop();
    if (shownMs < 0) { // the full list won the race: the list was shown by it
        shownMs = ms;
        shown = rows();
    }
    runUntil([] { return false; }, 20); // the head start is let go (deleteLater) and the model keeps its rows
    const bool shownWasFinal = shown == rows();
    int revisions = 0, errors = 0;
    for (int r = 0; r < model.rowCount(); ++r) {
        revisions += int(model.history(r).size());
        errors += model.index(r, 0).data(ReleaseListModel::ErrorRole).toString().isEmpty() ? 0 : 1;
    }
    out << QJsonDocument(QJsonObject{{QStringLiteral("ms_to_populated"), ms},
                                     {QStringLiteral("ms_to_shown"), shownMs},
                                     {QStringLiteral("shown_was_final"), shownWasFinal},
                                     {QStringLiteral("releases"), model.rowCount()},
                                     {QStringLiteral("revisions"), revisions},
                                     {QStringLiteral("unreadable"), errors},
                                     {QStringLiteral("secrets"), secrets->size()},
                                     {QStringLiteral("worst_stall_ms"), stall.worstGapMs()},
                                     {QStringLiteral("worst_busy_ms"), stall.worstBusyMs()},
                                     {QStringLiteral("peak_rss_kb"), qint64(rssKb("VmHWM:"))}})
               .toJson(QJsonDocument::Compact)
        << Qt::endl;
    return model.rowCount() > 0 ? 0 : 2;
}

int liveMode(int n, const QString &helm, const QString &chart, const QString &ns)
{
    BenchCluster cluster;
    if (!cluster.open())
        return 2;
    Informer informer(cluster.connection());
    ReleaseListModel model;
    ResourceStore *secrets = informer.store(Kind::Secret);
    model.addStore(secrets);
    if (!runUntil([&] { return secrets->synced(); }, 120000))
        return 2;
    QStringList releases;
    for (int r = 0; r < model.rowCount(); ++r)
        if (model.latest(r).namespace_ == ns)
            releases << model.latest(r).name;
    releases.sort();
    if (releases.isEmpty()) {
        err << "no releases in " << ns << Qt::endl;
        return 2;
    }
    StallMeter stall;
    stall.start();
    QList<qint64> afterExit, fromStart;
    const QString token = QString::number(QDateTime::currentMSecsSinceEpoch());
    for (int i = 0; i < n; ++i) {
        const QString name = releases[i % releases.size()];
        const int row = model.rowOf(ns, name);
        const int next = model.latest(row).revision + 1;
        QProcess helmProcess;
        helmProcess.setProgram(helm);
        helmProcess.setArguments({QStringLiteral("upgrade"), name, chart, QStringLiteral("-n"), ns, QStringLiteral("--kube-context"),
                                  cluster.context(), QStringLiteral("--reuse-values"), QStringLiteral("--set"),
                                  QStringLiteral("message=live-%1-%2").arg(token).arg(i)});
        QElapsedTimer t;
        qint64 exitedAt = -1, seenAt = -1;
        QObject::connect(&helmProcess, &QProcess::finished, qApp, [&] { exitedAt = t.elapsed(); });
        t.start();
        helmProcess.start(); // async: the watch keeps being applied while helm runs
        const bool seen = runUntil([&] {
            const HelmReleaseSummary s = model.latest(model.rowOf(ns, name));
            if (seenAt < 0 && s.revision == next && s.status == u"deployed")
                seenAt = t.elapsed();
            return seenAt >= 0 && exitedAt >= 0;
        }, 60000);
        if (!seen || helmProcess.exitCode() != 0) {
            err << "upgrade " << i << " of " << name << " not seen (helm exit " << helmProcess.exitCode() << ": "
                << helmProcess.readAllStandardError() << ")" << Qt::endl;
            return 2;
        }
        afterExit << std::max<qint64>(0, seenAt - exitedAt); // 0: shown before helm had even exited
        fromStart << seenAt;
    }
    stall.stop();
    std::sort(afterExit.begin(), afterExit.end());
    std::sort(fromStart.begin(), fromStart.end());
    out << QJsonDocument(QJsonObject{{QStringLiteral("upgrades"), n},
                                     {QStringLiteral("median_ms_after_helm_exit"), afterExit[afterExit.size() / 2]},
                                     {QStringLiteral("max_ms_after_helm_exit"), afterExit.last()},
                                     {QStringLiteral("median_ms_from_helm_start"), fromStart[fromStart.size() / 2]},
                                     {QStringLiteral("worst_stall_ms"), stall.worstGapMs()},
                                     {QStringLiteral("worst_busy_ms"), stall.worstBusyMs()},
                                     {QStringLiteral("worst_stall_runqueue_ms"), stall.worstGapRunQueueMs()}})
               .toJson(QJsonDocument::Compact)
        << Qt::endl;
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments().mid(1);
    if (args.value(0) == u"list")
        return listMode();
    if (args.value(0) == u"live" && args.size() == 5)
        return liveMode(args[1].toInt(), args[2], args[3], args[4]);
    err << "usage: helm_bench list | live N HELM CHART NAMESPACE   (KUBECONFIG, FEDCONSOLE_CONTEXT)" << Qt::endl;
    return 1;
}
