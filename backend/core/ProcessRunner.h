#pragma once

#include "backend/core/Result.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QMetaType>
#include <QObject>
#include <QProcessEnvironment>
#include <QStringList>

#include <optional>

class QProcess;
class QTimer;

namespace fc {

/// How a run of a process ended.
enum class ProcessEnd {
    Exited,        ///< it exited by itself (exitCode says how)
    Crashed,       ///< a signal it did not handle ended it (and nobody asked for that)
    FailedToStart, ///< not found, not executable…: errorString says which
    TimedOut,      ///< the timeout expired; it was stopped as cancel() does
    Cancelled,     ///< cancel() was called
};

/// What to run. Everything a credential plugin or helm needs: arguments, environment, data
/// for stdin, a timeout and how long SIGTERM may take before SIGKILL.
struct ProcessSpec {
    QString program;
    QStringList arguments;
    std::optional<QProcessEnvironment> environment; ///< unset: this process's environment
    QString workingDirectory;
    QByteArray stdinData;  ///< written to the process's stdin, which is then closed
    int timeoutMs = 0;     ///< 0: no timeout
    int killGraceMs = 5000; ///< after SIGTERM (cancel or timeout), SIGKILL if still running
};

/// The end of a run: how it ended and everything it wrote.
struct ProcessResult {
    ProcessEnd end = ProcessEnd::Exited;
    int exitCode = -1;        ///< the exit code (or the killing signal when Crashed); -1 if none
    bool killed = false;      ///< SIGKILL was sent because SIGTERM's grace period ran out
    QByteArray stdoutData;    ///< all of stdout (it was also delivered line by line)
    QByteArray stderrData;
    QString errorString;      ///< FailedToStart: why
    qint64 elapsedMs = 0;

    bool ok() const { return end == ProcessEnd::Exited && exitCode == 0; }
};

/// Runs one external process asynchronously (helm, exec credential plugins): output streamed
/// line by line as it comes, data on stdin, a timeout, and a cancel that asks first (SIGTERM,
/// which helm turns into "release failed") and only forces (SIGKILL) after a grace period.
/// Temporary files made with createTempFile() are mode 0600 and removed when the process ends,
/// whichever way it ends. No call blocks and no event loop is nested: results come through
/// signals on the runner's thread.
///
/// Destroying a runner whose process still runs does not wait: the process is sent SIGTERM and
/// handed to a reaper on the same thread that sends SIGKILL after the grace period and removes
/// the temporary files once the process is gone (at the latest when the application quits).
class ProcessRunner final : public QObject {
    Q_OBJECT
public:
    explicit ProcessRunner(QObject *parent = nullptr);
    ~ProcessRunner() override;

    /// A new file readable only by this user (0600) holding `contents`, in `directory` (default:
    /// the system temp dir, $TMPDIR). Removed when the run ends, or by the destructor if the run
    /// never starts. Returns its path. Make them before start().
    Result<QString> createTempFile(const QByteArray &contents, const QString &nameTemplate = QStringLiteral("fedconsole-XXXXXX"),
                                   const QString &directory = {});
    QStringList tempFiles() const { return m_tempFiles; }

    /// Starts the run (once per runner). A program that cannot start ends the run with
    /// FailedToStart through finished(), like any other end.
    void start(const ProcessSpec &spec);
    /// SIGTERM now, SIGKILL after the grace period if it still runs; finished() reports
    /// Cancelled. Nothing happens when no process runs.
    void cancel();
    bool isRunning() const;
    qint64 processId() const;

Q_SIGNALS:
    void started();
    /// One line of output, without its line break, as soon as it is complete (a last line
    /// without a break comes at the end). Decoded as UTF-8.
    void stdoutLine(const QString &line);
    void stderrLine(const QString &line);
    /// Emitted once per run, after the temporary files are gone.
    void finished(const fc::ProcessResult &result);

private:
    void stop(ProcessEnd reason);
    void readChannel(bool standardError);
    void emitLines(QByteArray &pending, bool standardError, bool flushAll);
    void finish(ProcessEnd end, int exitCode);
    void removeTempFiles();

    QProcess *m_process = nullptr;
    QTimer *m_timeout = nullptr;
    QTimer *m_kill = nullptr;
    QStringList m_tempFiles;
    ProcessSpec m_spec;
    ProcessResult m_result;
    std::optional<ProcessEnd> m_stopReason;
    QByteArray m_pendingOut;
    QByteArray m_pendingErr;
    QElapsedTimer m_clock;
    bool m_started = false;
    bool m_done = false;
};

} // namespace fc

Q_DECLARE_METATYPE(fc::ProcessResult)
