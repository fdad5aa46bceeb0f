#pragma once

#include "backend/logs/LogStream.h"
#include "model/cluster/LabelSelector.h"
#include "model/logs/LogBuffer.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class QTimer;

namespace fc {

class ResourceStore;
struct ObjectSummary;

/// Which pods a session follows: one pod, or every pod matching a label selector (a
/// workload's selector is one) in a namespace (empty = all namespaces).
struct LogTarget {
    QString namespace_;
    QString pod;            ///< a single pod (then labelSelector is ignored)
    QString labelSelector;
    QString container;      ///< only this container; empty = every app container
    bool includeInit = false; ///< also init containers (they run first; their logs stay readable)

    static LogTarget forPod(const QString &namespace_, const QString &pod, const QString &container = {});
    static LogTarget forSelector(const QString &namespace_, const QString &selector);
    /// A Deployment/StatefulSet/DaemonSet/Job summary: its namespace and matchLabels.
    static LogTarget forWorkload(const ObjectSummary &workload);
};

/// One line after merging, as handed to a sink (the CLI writes these straight out).
struct MergedLogLine {
    LogTimestamp timestamp;
    int source;
    quint8 flags;
    QByteArrayView raw;   ///< as received (with timestamp prefix when the server sent one)
    QByteArrayView text;  ///< without the prefix
    bool terminated = true; ///< false: the stream ended mid-line (kubectl prints no newline then)
};

/// Follows logs of several pods/containers at once: a LogStream per (pod, container), lines
/// merged by timestamp per flush (~30 ms) into a LogBuffer, each source with a stable prefix and
/// colour. With a pod store (the Informer's), pods that start matching attach by themselves and
/// pods that go away detach with a marker line.
class MultiLogSession final : public QObject {
    Q_OBJECT
public:
    /// `pods` may be null: then only the target pod (or attach() calls) are followed.
    /// `buffer` may be null when a sink (linesMerged) consumes the lines.
    MultiLogSession(ClusterConnection *connection, ResourceStore *pods, LogBuffer *buffer, LogTarget target,
                    LogStreamOptions options, QObject *parent = nullptr);
    ~MultiLogSession() override;

    /// Invalid label selector → Error, nothing started.
    Result<void> start();
    void stop();
    /// Follows one container explicitly (works without a pod store).
    int attach(const QString &namespace_, const QString &pod, const QString &container);
    void detach(const QString &namespace_, const QString &pod, const QString &reason);

    const LogTarget &target() const { return m_target; }
    const LogStreamOptions &options() const { return m_options; }
    int activeStreams() const;
    QStringList attachedSources() const; ///< "ns/pod/container"
    LogStream *streamFor(const QString &namespace_, const QString &pod, const QString &container) const;
    /// Source ids (LogBuffer's when a buffer is set, otherwise the session's own numbering).
    QString sourcePrefix(int source) const;
    /// Merges and delivers what is pending now (normally done by a 30 ms timer).
    void flush();
    void setFlushInterval(int ms);

Q_SIGNALS:
    /// Merged lines in timestamp order for this flush; views into data valid during the call.
    void linesMerged(const std::vector<fc::MergedLogLine> &lines);
    void attached(const QString &namespace_, const QString &pod, const QString &container);
    void detached(const QString &namespace_, const QString &pod, const QString &container, const QString &reason);
    void marker(int source, const QString &text);
    void problem(const QString &source, const QString &message);
    /// Every stream ended and no more can come (no pod store, or not following).
    void finished();

private:
    struct Attached {
        QString ns, pod, container, uid;
        int source = 0;
        LogStream *stream = nullptr;
        bool ended = false;
    };
    struct Pending {
        int source;
        LogBatch batch;
        quint8 flags;
    };
    static QString key(const QString &ns, const QString &pod, const QString &container)
    {
        return ns + QLatin1Char('/') + pod + QLatin1Char('/') + container;
    }
    bool podMatches(const ObjectSummary &pod) const;
    void onPodUpserted(const ObjectSummary &pod);
    void onPodRemoved(const ObjectSummary &pod);
    void addMarker(int source, const QString &text);
    void streamEnded(const QString &k, LogStream::EndReason reason, const QString &message);
    void checkFinished();
    void scheduleFlush();

    QPointer<ClusterConnection> m_connection;
    QPointer<ResourceStore> m_pods;
    QPointer<LogBuffer> m_buffer;
    LogTarget m_target;
    LogStreamOptions m_options;
    LabelSelector m_selector;
    QHash<QString, Attached> m_attached;
    QStringList m_sourceNames;      ///< when no buffer: prefixes by source id
    QHash<QString, int> m_sourceIds;
    std::vector<Pending> m_pending;
    QTimer *m_flushTimer = nullptr;
    bool m_started = false;
    bool m_finishedEmitted = false;
};

} // namespace fc

Q_DECLARE_METATYPE(fc::MergedLogLine)
