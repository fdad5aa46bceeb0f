// The editors on big objects, next to kubectl measured in the same run (bench/run-editors.sh):
// a ConfigMap of 5,000 keys (~1 MB) and a DaemonSet of 50 containers on the local control plane.
//   open:  GET + YAML text made off the UI thread (ObjectClient::getAs + yaml::fromObject)
//          vs `kubectl get -o yaml`
//   diff:  one value changed — the field diff (ObjectDiff) and the unified YAML diff the editor
//          shows (TextDiff) vs `diff -u` of the two YAML files
//   apply: the edit written (EditableDocument: merge patch with resourceVersion precondition)
//          vs `kubectl patch --type merge`
//   window: the real ObjectEditor (YAML view, highlighter, diff tab) opening the object and
//          taking one typed change: the UI thread's worst stall (StallMeter: 1 ms ticks) — goal
//          <= 16 ms — and the time until the YAML, then the diff, is on screen
// Prints a table (median of 5 runs, ms) and the editor's peak RSS.
#include "BenchCluster.h"

#include "backend/cluster/ObjectClient.h"
#include "backend/cluster/YamlCodec.h"
#include "model/editors/EditableDocument.h"
#include "model/editors/ObjectDiff.h"
#include "model/editors/TextDiff.h"

#include <QApplication>
#include "gui/editors/ObjectEditor.h"
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <optional>

using namespace fc;
using fc::editors::ObjectPath;

namespace {

const QString kNs = QStringLiteral("fc-editor-bench");
constexpr int kRuns = 5;

template<typename T>
std::optional<T> wait(const std::function<void(std::function<void(const T &)>)> &start)
{
    std::optional<T> out;
    start([&](const T &v) { out = v; });
    while (!out)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    return out;
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.at(v.size() / 2);
}

double msOfProcess(const QString &program, const QStringList &args, const QByteArray &in = {}, QByteArray *out = nullptr)
{
    QElapsedTimer t;
    t.start();
    QProcess p;
    p.start(program, args);
    p.write(in);
    p.closeWriteChannel();
    p.waitForFinished(120000);
    if (out)
        *out = p.readAllStandardOutput();
    return double(t.nsecsElapsed()) / 1e6;
}

QJsonObject bigConfigMap()
{
    QJsonObject data;
    const QString filler(180, u'x');
    for (int i = 0; i < 5000; ++i)
        data.insert(QStringLiteral("key-%1.conf").arg(i, 4, 10, QLatin1Char('0')), QString(QStringLiteral("value %1 ").arg(i) + filler));
    return {{QStringLiteral("apiVersion"), QStringLiteral("v1")},
            {QStringLiteral("kind"), QStringLiteral("ConfigMap")},
            {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("name"), QStringLiteral("big")}, {QStringLiteral("namespace"), kNs}}},
            {QStringLiteral("data"), data}};
}

QJsonObject bigDaemonSet()
{
    QJsonArray containers;
    for (int i = 0; i < 50; ++i) {
        QJsonArray env, ports;
        for (int e = 0; e < 10; ++e)
            env.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("VAR_%1").arg(e)}, {QStringLiteral("value"), QStringLiteral("v%1").arg(e)}});
        ports.append(QJsonObject{{QStringLiteral("containerPort"), 8000 + i}, {QStringLiteral("name"), QStringLiteral("p%1").arg(i)}});
        containers.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("c%1").arg(i)},
                                      {QStringLiteral("image"), QStringLiteral("registry.example/site:%1").arg(i)},
                                      {QStringLiteral("env"), env},
                                      {QStringLiteral("ports"), ports},
                                      {QStringLiteral("resources"), QJsonObject{{QStringLiteral("limits"), QJsonObject{{QStringLiteral("cpu"), QStringLiteral("100m")}}}}}});
    }
    const QJsonObject labels{{QStringLiteral("app"), QStringLiteral("big")}};
    return {{QStringLiteral("apiVersion"), QStringLiteral("apps/v1")},
            {QStringLiteral("kind"), QStringLiteral("DaemonSet")},
            {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("name"), QStringLiteral("big")}, {QStringLiteral("namespace"), kNs}}},
            {QStringLiteral("spec"), QJsonObject{{QStringLiteral("selector"), QJsonObject{{QStringLiteral("matchLabels"), labels}}},
                                                 {QStringLiteral("template"), QJsonObject{{QStringLiteral("metadata"), QJsonObject{{QStringLiteral("labels"), labels}}},
                                                                                          {QStringLiteral("spec"), QJsonObject{{QStringLiteral("containers"), containers}}}}}}}};
}

struct Row {
    QString what;
    double ours = 0;
    double kubectl = 0;
    QString peer;
};

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv); // QT_QPA_PLATFORM=offscreen from bench/run-editors.sh
    bench::BenchCluster cluster;
    if (!cluster.open())
        return 2;
    ObjectClient client(cluster.connection());
    const QStringList kc{QStringLiteral("--kubeconfig"), cluster.kubeconfig(), QStringLiteral("--context"), cluster.context()};
    msOfProcess(QStringLiteral("kubectl"), kc + QStringList{QStringLiteral("create"), QStringLiteral("namespace"), kNs});
    msOfProcess(QStringLiteral("kubectl"), kc + QStringList{QStringLiteral("delete"), QStringLiteral("-n"), kNs, QStringLiteral("cm/big"), QStringLiteral("ds/big"),
                                                           QStringLiteral("--ignore-not-found")});
    QList<Row> rows;
    QTemporaryDir tmp;
    struct Subject {
        QString label;
        ResourceType type;
        QJsonObject object;
        QString kubectlName;
        ObjectPath changed;
    };
    const Subject subjects[] = {
        {QStringLiteral("ConfigMap 5,000 keys"), ResourceType::of(Kind::ConfigMap), bigConfigMap(), QStringLiteral("cm/big"),
         {QStringLiteral("data"), QStringLiteral("key-2500.conf")}},
        {QStringLiteral("DaemonSet 50 containers"), ResourceType::of(Kind::DaemonSet), bigDaemonSet(), QStringLiteral("ds/big"),
         {QStringLiteral("spec"), QStringLiteral("template"), QStringLiteral("spec"), QStringLiteral("containers"), QStringLiteral("name=c25"),
          QStringLiteral("image")}},
    };
    for (const Subject &s : subjects) {
        const auto created = wait<Result<KubeObject>>([&](auto done) { client.create(s.type, s.object, {}, &app, done); });
        if (!*created) {
            std::fprintf(stderr, "create %s: %s\n", qPrintable(s.label), qPrintable(created->error().toString()));
            return 2;
        }
        std::printf("%s: %lld bytes of JSON\n", qPrintable(s.label), qlonglong(QJsonDocument(created->value().json).toJson(QJsonDocument::Compact).size()));
        QList<double> open, openK, diff, diffK, apply, applyK;
        for (int run = 0; run < kRuns; ++run) {
            // open
            QElapsedTimer t;
            t.start();
            const auto text = wait<Result<QString>>([&](auto done) {
                client.getAs<QString>(s.type, kNs, s.object[u"metadata"][u"name"].toString(), &app,
                                      [](const KubeObject &o) -> Result<QString> { return yaml::fromObject(o.json); }, done);
            });
            open << double(t.nsecsElapsed()) / 1e6;
            QByteArray kubectlYaml;
            openK << msOfProcess(QStringLiteral("kubectl"), kc + QStringList{QStringLiteral("get"), QStringLiteral("-n"), kNs, s.kubectlName,
                                                                            QStringLiteral("-o"), QStringLiteral("yaml")}, {}, &kubectlYaml);
            // diff: one value changed
            editors::EditableDocument doc(&client, s.type);
            const auto live = wait<Result<KubeObject>>([&](auto done) {
                client.get(s.type, kNs, s.object[u"metadata"][u"name"].toString(), &app, done);
            });
            doc.load(live->value().json);
            QJsonObject edited = doc.edited();
            const QString value = QStringLiteral("changed-%1").arg(run);
            editors::setAtPath(edited, s.changed, value);
            t.restart();
            doc.setEdited(edited, QStringLiteral("bench"));
            const QList<editors::FieldChange> changes = editors::diffObjects(doc.original(), doc.edited());
            const qint64 tField = t.nsecsElapsed();
            const QString a = yaml::fromObject(doc.original());
            const QString b = yaml::fromObject(doc.edited());
            const qint64 tYaml = t.nsecsElapsed();
            const QString unified = editors::unifiedDiff(editors::diffLines(a.split(u'\n'), b.split(u'\n')));
            diff << double(t.nsecsElapsed()) / 1e6;
            std::fprintf(stderr, "  %s diff: setEdited+field diff %.1f ms, 2x YAML %.1f ms, text diff %.1f ms\n", qPrintable(s.label),
                         double(tField) / 1e6, double(tYaml - tField) / 1e6, double(t.nsecsElapsed() - tYaml) / 1e6);
            if (changes.size() != 1 || unified.isEmpty()) {
                std::fprintf(stderr, "%s: expected one change, got %lld\n", qPrintable(s.label), qlonglong(changes.size()));
                return 2;
            }
            const QString fa = tmp.filePath(QStringLiteral("a.yaml")), fb = tmp.filePath(QStringLiteral("b.yaml"));
            {
                QFile f(fa);
                f.open(QIODevice::WriteOnly);
                f.write(kubectlYaml);
                QFile g(fb);
                g.open(QIODevice::WriteOnly);
                g.write(b.toUtf8());
            }
            diffK << msOfProcess(QStringLiteral("diff"), {QStringLiteral("-u"), fa, fb});
            // apply
            t.restart();
            int reads = 0; // re-reads after a 409: each one a conflict the document resolved or reported
            QObject::connect(&doc, &editors::EditableDocument::liveChanged, &app, [&] { ++reads; });
            auto outcome = wait<editors::EditableDocument::Outcome>([&](auto done) { doc.apply({}, done); });
            // the DaemonSet controller writes status meanwhile: 409, rebase (no field of ours
            // touched, so no question) and write again — as the editor does
            for (int retry = 0; retry < 3 && outcome->kind == editors::EditableDocument::Outcome::Kind::Conflict; ++retry) {
                const editors::RebaseResult rebased = doc.rebase();
                if (!rebased.conflicts.isEmpty())
                    break;
                doc.acceptRebase(rebased.merged);
                outcome = wait<editors::EditableDocument::Outcome>([&](auto done) { doc.apply({}, done); });
            }
            apply << double(t.nsecsElapsed()) / 1e6;
            std::fprintf(stderr, "  %s apply: %.1f ms, %d re-read(s) after 409\n", qPrintable(s.label), apply.last(), reads);
            if (outcome->kind != editors::EditableDocument::Outcome::Kind::Applied) {
                std::fprintf(stderr, "%s: apply failed: %s\n", qPrintable(s.label), qPrintable(outcome->error.toString()));
                return 2;
            }
            QJsonObject patch;
            editors::setAtPath(patch, s.changed.first() == u"data" ? s.changed : ObjectPath{QStringLiteral("metadata"), QStringLiteral("labels"), QStringLiteral("bench")},
                               QString(value + QStringLiteral("-k")));
            applyK << msOfProcess(QStringLiteral("kubectl"), kc + QStringList{QStringLiteral("patch"), QStringLiteral("-n"), kNs, s.kubectlName,
                                                                             QStringLiteral("--type"), QStringLiteral("merge"), QStringLiteral("-p"),
                                                                             QString::fromUtf8(QJsonDocument(patch).toJson(QJsonDocument::Compact))});
        }
        // the real editor window: worst UI stall while opening, and after one typed change
        QList<double> guiOpen, guiOpenStall, guiEdit, guiEditStall;
        for (int run = 0; run < kRuns; ++run) {
            bench::StallMeter meter;
            ObjectEditor editor(cluster.connection(), s.type, kNs, s.object[u"metadata"][u"name"].toString(), nullptr);
            editor.resize(1000, 700);
            editor.show();
            bool loaded = false;
            QObject::connect(&editor, &ObjectEditor::loaded, &app, [&] { loaded = true; });
            QElapsedTimer t;
            t.start();
            meter.start();
            editor.open();
            while (!loaded)
                QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
            guiOpen << double(t.nsecsElapsed()) / 1e6;
            QElapsedTimer settle;
            settle.start();
            while (settle.elapsed() < 300) // paint, highlighter passes
                QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
            guiOpenStall << meter.worstBusyMs();
            // one typed change: the text re-parsed and the diff recomputed off the UI thread
            const QString marker = QStringLiteral("typed-%1").arg(run);
            QString text = editor.yamlText();
            const qsizetype at = text.indexOf(s.changed.last() == u"image" ? QStringLiteral("registry.example/site:26") : QStringLiteral("value 2501 "));
            if (at < 0) {
                std::fprintf(stderr, "%s: the value to change is not in the YAML\n", qPrintable(s.label));
                return 2;
            }
            text.insert(at, marker);
            meter.reset();
            t.restart();
            editor.setYamlText(text);
            while (!editor.diffText().contains(marker))
                QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
            guiEdit << double(t.nsecsElapsed()) / 1e6;
            guiEditStall << meter.worstBusyMs();
            meter.stop();
            editor.close();
        }
        rows << Row{s.label + QStringLiteral(": editor window open, YAML on screen (worst UI stall %1 ms)").arg(median(guiOpenStall), 0, 'f', 1),
                    median(guiOpen), median(openK), QStringLiteral("kubectl get -o yaml")}
             << Row{s.label + QStringLiteral(": one typed change until the diff shows it (worst UI stall %1 ms)").arg(median(guiEditStall), 0, 'f', 1),
                    median(guiEdit), median(diffK), QStringLiteral("diff -u of the YAML files")};
        std::fprintf(stderr, "  %s window stalls (open / edit): %s / %s ms\n", qPrintable(s.label),
                     qPrintable(QString::number(*std::max_element(guiOpenStall.begin(), guiOpenStall.end()), 'f', 1)),
                     qPrintable(QString::number(*std::max_element(guiEditStall.begin(), guiEditStall.end()), 'f', 1)));
        rows << Row{s.label + QStringLiteral(": open (GET + YAML)"), median(open), median(openK), QStringLiteral("kubectl get -o yaml")}
             << Row{s.label + QStringLiteral(": one value changed, field + YAML diff"), median(diff), median(diffK), QStringLiteral("diff -u of the YAML files")}
             << Row{s.label + QStringLiteral(": apply (merge patch, RV precondition)"), median(apply), median(applyK), QStringLiteral("kubectl patch --type merge")};
    }
    std::printf("\n| step (median of %d) | FedConsole ms | peer ms | peer |\n|---|---:|---:|---|\n", kRuns);
    for (const Row &r : std::as_const(rows))
        std::printf("| %s | %.1f | %.1f | %s |\n", qPrintable(r.what), r.ours, r.kubectl, qPrintable(r.peer));
    std::printf("\npeak RSS of the editor process: %ld MB\n", bench::rssKb("VmHWM:") / 1024);
    msOfProcess(QStringLiteral("kubectl"), kc + QStringList{QStringLiteral("delete"), QStringLiteral("namespace"), kNs, QStringLiteral("--wait=false")});
    return 0;
}
