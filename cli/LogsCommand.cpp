#include "cli/LogsCommand.h"

#include <QJsonDocument>

#include "cli/ClusterSession.h"

#include "backend/cluster/ConnectionFactory.h"
#include "backend/cluster/ObjectParser.h"
#include "backend/logs/LogLine.h"
#include "model/cluster/ResourceStore.h"
#include "model/logs/MultiLogSession.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFileDevice>

#include <cmath>

namespace fc::cli {

namespace {
const char kLogsUsage[] =
    "usage: fedconsole-cli logs POD|-l SELECTOR [-n NS] [-c CONTAINER] [-f] [--since DURATION]\n"
    "                           [--since-time RFC3339] [--tail N] [--timestamps] [--previous] [--prefix]\n"
    "                           [--all-containers] [--limit-bytes N]\n";

struct LogsArgs {
    QString pod, selector, ns, container;
    bool follow = false, timestamps = false, previous = false, prefix = false, allContainers = false;
    qint64 sinceSeconds = 0;
    QDateTime sinceTime;
    qint64 tail = -2; // -2: not given
    qint64 limitBytes = 0;
};

Result<LogsArgs> parseArgs(const QStringList &args)
{
    LogsArgs a;
    for (int i = 0; i < args.size(); ++i) {
        QString arg = args[i];
        QString value;
        bool hasInline = false;
        if (arg.startsWith(u"--") && arg.contains(u'=')) {
            value = arg.mid(arg.indexOf(u'=') + 1);
            arg = arg.left(arg.indexOf(u'='));
            hasInline = true;
        }
        auto next = [&](const char *name) -> Result<QString> {
            if (hasInline)
                return value;
            if (i + 1 >= args.size())
                return makeError(QStringLiteral("%1 needs a value").arg(QLatin1String(name)));
            return args[++i];
        };
        auto boolFlag = [&](bool *target) -> bool {
            if (hasInline)
                *target = value != u"false";
            else
                *target = true;
            return true;
        };
        if (arg == u"-f" || arg == u"--follow") {
            boolFlag(&a.follow);
        } else if (arg == u"--timestamps") {
            boolFlag(&a.timestamps);
        } else if (arg == u"-p" || arg == u"--previous") {
            boolFlag(&a.previous);
        } else if (arg == u"--prefix") {
            boolFlag(&a.prefix);
        } else if (arg == u"--all-containers") {
            boolFlag(&a.allContainers);
        } else if (arg == u"-n" || arg == u"--namespace" || arg == u"-c" || arg == u"--container" || arg == u"-l"
                   || arg == u"--selector" || arg == u"--since" || arg == u"--since-time" || arg == u"--tail"
                   || arg == u"--limit-bytes") {
            auto v = next(qPrintable(arg));
            if (!v)
                return v.error();
            const QString s = v.value();
            if (arg == u"-n" || arg == u"--namespace") {
                a.ns = s;
            } else if (arg == u"-c" || arg == u"--container") {
                a.container = s;
            } else if (arg == u"-l" || arg == u"--selector") {
                a.selector = s;
            } else if (arg == u"--since") {
                auto d = parseDurationSeconds(s);
                if (!d)
                    return d.error();
                a.sinceSeconds = d.value();
            } else if (arg == u"--since-time") {
                LogTimestamp ts = 0;
                if (!parseLogTimestamp(s.toUtf8(), &ts))
                    return makeError(QStringLiteral("--since-time: '%1' is not an RFC3339 time").arg(s));
                a.sinceTime = logTimestampToDateTime(ts);
            } else if (arg == u"--tail" || arg == u"--limit-bytes") {
                bool ok = false;
                const qint64 n = s.toLongLong(&ok);
                if (!ok)
                    return makeError(QStringLiteral("%1: '%2' is not a number").arg(arg, s));
                (arg == u"--tail" ? a.tail : a.limitBytes) = n;
            }
        } else if (arg.startsWith(u'-')) {
            return makeError(QStringLiteral("unknown flag %1").arg(arg));
        } else if (a.pod.isEmpty()) {
            a.pod = arg.startsWith(u"pod/") ? arg.mid(4) : arg.startsWith(u"pods/") ? arg.mid(5) : arg;
        } else if (a.container.isEmpty()) {
            a.container = arg; // kubectl logs POD CONTAINER
        } else {
            return makeError(QStringLiteral("unexpected argument %1").arg(arg));
        }
    }
    if (a.pod.isEmpty() == a.selector.isEmpty())
        return makeError(QStringLiteral("give either a pod name or -l SELECTOR"));
    if (a.sinceSeconds > 0 && a.sinceTime.isValid())
        return makeError(QStringLiteral("--since and --since-time cannot be used together"));
    return a;
}

/// Writes merged lines with as little per-line work as possible: bytes are copied as received.
class LineWriter {
public:
    LineWriter(QTextStream &out, bool timestamps, bool prefix, const MultiLogSession *session)
        : m_out(out), m_timestamps(timestamps), m_prefix(prefix), m_session(session)
    {
        m_out.flush();
        m_device = out.device();
        m_buffer.reserve(1 << 20);
    }
    void write(const std::vector<MergedLogLine> &lines)
    {
        for (const MergedLogLine &l : lines) {
            if (l.flags & LogBuffer::Marker)
                continue; // reconnect/attach notes are not log lines
            if (m_prefix)
                m_buffer += prefixFor(l.source);
            if (m_timestamps)
                m_buffer.append(l.raw.data(), l.raw.size());
            else
                m_buffer.append(l.text.data(), l.text.size());
            if (l.terminated)
                m_buffer += '\n';
        }
        if (m_device) {
            m_device->write(m_buffer);
            // at most one write+flush per merge (~30 ms): `-f | grep` sees lines promptly
            if (auto *f = qobject_cast<QFileDevice *>(m_device))
                f->flush();
        } else {
            m_out << QString::fromUtf8(m_buffer);
            m_out.flush();
        }
        m_buffer.clear();
    }

private:
    const QByteArray &prefixFor(int source)
    {
        auto it = m_prefixes.find(source);
        if (it == m_prefixes.end())
            it = m_prefixes.insert(source, "[pod/" + m_session->sourcePrefix(source).toUtf8() + "] ");
        return it.value();
    }

    QTextStream &m_out;
    QIODevice *m_device = nullptr;
    bool m_timestamps;
    bool m_prefix;
    const MultiLogSession *m_session;
    QByteArray m_buffer;
    QHash<int, QByteArray> m_prefixes;
};

/// A pod object (as ObjectClient read it) as the summary the log stream works with.
Result<ObjectSummary> podSummary(const KubeObject &pod)
{
    return parseObjectJson(QJsonDocument(pod.json).toJson(QJsonDocument::Compact), Kind::Pod);
}

Result<QString> defaultContainer(ClusterSession &session, const QString &ns, const QString &pod, QTextStream &err)
{
    const auto obj = session.await<ObjectSummary>([&](QObject *c, auto done) {
        session.objects().getAs<ObjectSummary>(ResourceType::of(Kind::Pod), ns, pod, c, &podSummary, done);
    });
    if (!obj)
        return obj.error();
    QStringList names;
    if (const PodInfo *p = obj->pod())
        for (const ContainerSummary &c : p->containers)
            if (!c.init)
                names << c.name;
    const QString annotated = obj->annotations.value(QStringLiteral("kubectl.kubernetes.io/default-container"));
    if (!annotated.isEmpty() && names.contains(annotated))
        return annotated;
    if (names.size() > 1)
        err << "Defaulted container \"" << names.first() << "\" out of: " << names.join(QStringLiteral(", ")) << '\n';
    return names.value(0);
}
} // namespace

Result<qint64> parseDurationSeconds(const QString &text)
{
    double total = 0;
    qsizetype i = 0;
    const qsizetype n = text.size();
    if (n == 0)
        return makeError(QStringLiteral("--since: empty duration"));
    while (i < n) {
        qsizetype j = i;
        while (j < n && (text[j].isDigit() || text[j] == u'.'))
            ++j;
        bool ok = false;
        const double v = text.mid(i, j - i).toDouble(&ok);
        if (!ok)
            return makeError(QStringLiteral("--since: invalid duration '%1' (e.g. 30s, 5m, 1h30m)").arg(text));
        qsizetype k = j;
        while (k < n && text[k].isLetter())
            ++k;
        const QString unit = text.mid(j, k - j);
        double scale;
        if (unit == u"h")
            scale = 3600;
        else if (unit == u"m")
            scale = 60;
        else if (unit == u"s")
            scale = 1;
        else if (unit == u"ms")
            scale = 1e-3;
        else if (unit == u"us" || unit == u"µs")
            scale = 1e-6;
        else if (unit == u"ns")
            scale = 1e-9;
        else
            return makeError(QStringLiteral("--since: invalid duration '%1' (e.g. 30s, 5m, 1h30m)").arg(text));
        total += v * scale;
        i = k;
    }
    return qint64(std::ceil(total));
}

int runLogs(const GlobalOptions &global, const QStringList &args, QTextStream &out, QTextStream &err)
{
    if (args.contains(QStringLiteral("--help")) || args.contains(QStringLiteral("-h"))) {
        out << kLogsUsage;
        return 0;
    }
    auto parsed = parseArgs(args);
    if (!parsed) {
        err << "error: " << parsed.error().toString() << '\n' << kLogsUsage;
        return 1;
    }
    LogsArgs a = parsed.value();
    auto session = ClusterSession::open(global);
    if (!session) {
        err << "error: " << session.error().toString() << '\n';
        return 2;
    }
    ClusterSession &s = *session.value();
    const QString ns = a.ns.isEmpty() ? s.context().namespaceName : a.ns;

    LogStreamOptions o;
    o.follow = a.follow;
    o.previous = a.previous;
    o.timestamps = a.timestamps;
    o.sinceSeconds = a.sinceSeconds;
    o.sinceTime = a.sinceTime;
    // kubectl: --tail defaults to all lines for a pod, 10 per pod with a selector
    o.tailLines = a.tail >= -1 ? a.tail : (a.selector.isEmpty() ? -1 : 10);
    o.limitBytes = a.limitBytes;

    LogTarget target;
    if (!a.pod.isEmpty()) {
        QString container = a.container;
        if (container.isEmpty() && !a.allContainers) {
            auto c = defaultContainer(s, ns, a.pod, err);
            if (!c) {
                err << "error: " << c.error().toString() << '\n';
                return 2;
            }
            container = c.value();
        }
        target = LogTarget::forPod(ns, a.pod, container);
    } else {
        target = LogTarget::forSelector(ns, a.selector);
        target.container = a.container;
    }

    ResourceStore pods(Kind::Pod, s.context().contextName);
    const bool useStore = !a.selector.isEmpty() || a.allContainers;
    MultiLogSession logs(&s.connection(), useStore ? &pods : nullptr, nullptr, target, o);
    LineWriter writer(out, a.timestamps, a.prefix, &logs);
    QEventLoop loop;
    int exitCode = 0;
    QObject::connect(&logs, &MultiLogSession::linesMerged, &loop,
                     [&](const std::vector<MergedLogLine> &lines) { writer.write(lines); });
    QObject::connect(&logs, &MultiLogSession::problem, &loop, [&](const QString &source, const QString &message) {
        // transient (the stream retries and resumes); a final failure also ends the stream
        err << "warning: " << source << ": " << message << '\n';
        err.flush();
    });
    QObject::connect(&logs, &MultiLogSession::finished, &loop, [&] { loop.quit(); });

    quint64 watchId = 0;
    bool started = false;
    auto startLogs = [&]() -> bool {
        started = true;
        auto r = logs.start();
        if (!r) {
            err << "error: " << r.error().toString() << '\n';
            exitCode = 1;
            return false;
        }
        if (useStore && logs.activeStreams() == 0 && !a.follow) {
            err << "No resources found in " << ns << " namespace.\n";
            return false;
        }
        return true;
    };
    if (useStore) {
        watchId = s.connection().watch(Kind::Pod, ns, a.selector);
        QObject::connect(&s.connection(), &ClusterConnection::batchReady, &loop, [&](const WatchBatch &b) {
            if (b.watchId != watchId)
                return;
            pods.apply(b);
            if (b.listEnd && !started) {
                if (!a.follow) {
                    s.connection().unwatch(watchId);
                    watchId = 0;
                }
                if (!startLogs())
                    loop.quit();
            }
        });
        auto fail = [&](quint64 w, const QString &msg) {
            if (w == watchId && !started) {
                err << "error: " << msg << '\n';
                exitCode = 2;
                loop.quit();
            }
        };
        QObject::connect(&s.connection(), &ClusterConnection::watchError, &loop, fail);
        QObject::connect(&s.connection(), &ClusterConnection::watchForbidden, &loop, fail);
    } else {
        // single pod: failures end the stream with a message (pod not found, container unknown, …)
        QObject::connect(&logs, &MultiLogSession::attached, &loop,
                         [&](const QString &nsName, const QString &podName, const QString &container) {
                             if (LogStream *st = logs.streamFor(nsName, podName, container))
                                 QObject::connect(st, &LogStream::finished, &loop,
                                                  [&](LogStream::EndReason reason, const QString &message) {
                                                      if (reason == LogStream::EndReason::Failed
                                                          || (reason == LogStream::EndReason::PodGone && !a.follow)) {
                                                          err << "error: " << message << '\n';
                                                          exitCode = 2;
                                                      }
                                                  });
                         });
        if (!startLogs())
            return exitCode;
    }
    if (exitCode == 0)
        loop.exec();
    if (watchId)
        s.connection().unwatch(watchId);
    logs.flush();
    if (auto *d = out.device())
        d->waitForBytesWritten(-1);
    out.flush();
    err.flush();
    return exitCode;
}

} // namespace fc::cli
