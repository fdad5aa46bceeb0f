#pragma once

#include "backend/cluster/ClusterConnection.h"
#include "backend/logs/LogLine.h"
#include "backend/logs/LogLineSplitter.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>

#include <optional>

class QTimer;

namespace fc {

/// What to stream: `kubectl logs` options for one container.
struct LogStreamOptions {
    QString namespace_;
    QString pod;
    QString container;      ///< empty: the server picks (only valid for single-container pods)
    bool follow = false;
    bool previous = false;
    bool timestamps = false;  ///< the user wants them shown; they are always requested internally
    qint64 sinceSeconds = 0;  ///< > 0: only newer lines (xor sinceTime)
    QDateTime sinceTime;
    qint64 tailLines = -1;    ///< >= 0: the last N lines (first connection only)
    qint64 limitBytes = 0;    ///< > 0: stop after this many bytes; such a stream is not resumed
};

/// One `GET …/pods/NAME/log` stream for (namespace, pod, container), cut into lines delivered
/// in batches. It always asks for timestamps so that when a stream ends while the pod still
/// runs (server timeout, network error, apiserver restart) it reconnects with `sinceTime` =
/// the last line's time and drops the lines it already delivered (same timestamp and text):
/// no duplicates, no gaps. It stops when the pod is gone or has completed, or on stop().
class LogStream final : public QObject {
    Q_OBJECT
public:
    enum class State { Idle, Connecting, Streaming, Retrying, Finished };
    Q_ENUM(State)
    enum class EndReason { Completed, PodGone, Stopped, Failed };
    Q_ENUM(EndReason)

    LogStream(ClusterConnection *connection, LogStreamOptions options, QObject *parent = nullptr);
    ~LogStream() override;

    const LogStreamOptions &options() const { return m_options; }
    State state() const { return m_state; }
    qint64 linesReceived() const { return m_linesReceived; }
    LogTimestamp lastTimestamp() const { return m_lastTs; }
    int reconnectCount() const { return m_reconnects; }

    void start();
    /// Cancels the request; no further signals (finished() is not emitted).
    void stop();
    /// Drops the current connection and resumes as after a network error (also a test hook).
    void reconnectNow();

    /// The request for a first connection, or for a resume from `since` (tail/since dropped).
    static ApiRequest request(const LogStreamOptions &options, bool resume, LogTimestamp since);

Q_SIGNALS:
    void linesReady(const fc::LogBatch &batch);
    /// Emitted once a resumed stream delivers again; `gapFrom` is the last line before the cut.
    void reconnected(fc::LogTimestamp resumedFrom);
    /// A transient problem; the stream keeps retrying.
    void problem(const QString &message);
    void stateChanged(fc::LogStream::State state);
    void finished(fc::LogStream::EndReason reason, const QString &message);

private:
    void connectNow();
    void onData(quint64 gen, const QByteArray &chunk);
    void onFinished(quint64 gen, const Result<void> &end);
    void checkPodThenResume(const QString &why);
    void scheduleResume(const QString &why);
    void finish(EndReason reason, const QString &message);
    void setState(State s);
    void deliver(LogBatch &batch);

    QPointer<ClusterConnection> m_connection;
    LogStreamOptions m_options;
    State m_state = State::Idle;
    quint64 m_requestId = 0;
    quint64 m_checkId = 0;
    quint64 m_generation = 0; ///< callbacks of an older request (queued before a cancel) are ignored
    LogLineSplitter m_splitter;
    bool m_wantTimestamps = true; ///< false only with limitBytes and no user timestamps
    bool m_resumed = false;       ///< the current connection is a resume
    bool m_announceResume = false;
    /// Following: the first request reads what the log already holds *without* follow, then the
    /// stream follows from its last line (a resume, no marker). With follow the apiserver flushes
    /// every line the kubelet flushed, one tiny chunk (and a client wakeup) per line; without it
    /// the backlog comes in large writes: a 100 MB backlog arrives several times faster.
    bool m_backlogPhase = false;
    bool m_quietResume = false;   ///< the next resume is the switch from backlog to follow
    LogTimestamp m_lastTs = 0;
    QHash<QByteArray, int> m_atLastTs;   ///< texts delivered with timestamp == m_lastTs
    QHash<QByteArray, int> m_dedupe;     ///< during a resume: texts at m_lastTs still to skip
    bool m_deduping = false;
    qint64 m_linesReceived = 0;
    int m_reconnects = 0;
    int m_failures = 0;
    QTimer *m_retryTimer = nullptr;
};

} // namespace fc
