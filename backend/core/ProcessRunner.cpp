#include "backend/core/ProcessRunner.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryFile>
#include <QTimer>

namespace fc {

namespace {

void removeFiles(const QStringList &paths)
{
    for (const QString &path : paths)
        QFile::remove(path);
}

/// Takes over a process whose runner was destroyed while it ran: SIGTERM was sent; SIGKILL
/// follows after the grace period; the temporary files go when the process is gone. Deletes
/// itself then. Should the application quit first, it finishes the job synchronously (the
/// process is told to stop and waited for; the event loop is over by then).
class ProcessReaper final : public QObject {
public:
    ProcessReaper(QProcess *process, QStringList tempFiles, int graceMs)
        : m_process(process), m_tempFiles(std::move(tempFiles))
    {
        m_process->setParent(this);
        m_process->disconnect();
        connect(m_process, &QProcess::finished, this, &ProcessReaper::done);
        connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError e) {
            if (e == QProcess::FailedToStart)
                done();
        });
        QTimer::singleShot(graceMs, this, [this] {
            if (m_process->state() != QProcess::NotRunning)
                m_process->kill();
        });
        if (QCoreApplication *app = QCoreApplication::instance())
            connect(app, &QCoreApplication::aboutToQuit, this, &ProcessReaper::finishNow);
    }
    ~ProcessReaper() override { finishNow(); }

private:
    void done()
    {
        if (m_finished)
            return;
        m_finished = true;
        removeFiles(m_tempFiles);
        deleteLater();
    }
    void finishNow()
    {
        if (m_finished)
            return;
        m_finished = true;
        if (m_process->state() != QProcess::NotRunning) {
            m_process->terminate();
            if (!m_process->waitForFinished(2000)) {
                m_process->kill();
                m_process->waitForFinished(2000);
            }
        }
        removeFiles(m_tempFiles);
    }

    QProcess *m_process;
    QStringList m_tempFiles;
    bool m_finished = false;
};

} // namespace

ProcessRunner::ProcessRunner(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<fc::ProcessResult>();
}

ProcessRunner::~ProcessRunner()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->disconnect(this);
        m_process->terminate();
        new ProcessReaper(m_process, m_tempFiles, m_spec.killGraceMs); // owns the process now
        m_process = nullptr;
        return;
    }
    removeTempFiles();
}

Result<QString> ProcessRunner::createTempFile(const QByteArray &contents, const QString &nameTemplate, const QString &directory)
{
    const QString dir = directory.isEmpty() ? QDir::tempPath() : directory;
    QTemporaryFile file(dir + QLatin1Char('/') + nameTemplate);
    // QTemporaryFile creates the file with O_EXCL and mode 0600: nobody else can open it in between
    if (!file.open())
        return makeError(tr("cannot create a temporary file in %1: %2").arg(dir, file.errorString()));
    file.setAutoRemove(false);
    const QString path = file.fileName();
    m_tempFiles.append(path);
    if (!file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) || file.write(contents) != contents.size()
        || !file.flush()) {
        const QString why = file.errorString();
        file.close();
        QFile::remove(path);
        m_tempFiles.removeAll(path);
        return makeError(tr("cannot write the temporary file %1: %2").arg(path, why));
    }
    file.close();
    return path;
}

bool ProcessRunner::isRunning() const { return m_process && m_process->state() != QProcess::NotRunning; }

qint64 ProcessRunner::processId() const { return m_process ? m_process->processId() : 0; }

void ProcessRunner::start(const ProcessSpec &spec)
{
    if (m_started) {
        qWarning("ProcessRunner::start: a runner runs one process; make another runner");
        return;
    }
    m_started = true;
    m_spec = spec;
    m_clock.start();
    m_process = new QProcess(this);
    m_process->setProgram(spec.program);
    m_process->setArguments(spec.arguments);
    if (spec.environment)
        m_process->setProcessEnvironment(*spec.environment);
    if (!spec.workingDirectory.isEmpty())
        m_process->setWorkingDirectory(spec.workingDirectory);
    connect(m_process, &QProcess::readyReadStandardOutput, this, [this] { readChannel(false); });
    connect(m_process, &QProcess::readyReadStandardError, this, [this] { readChannel(true); });
    connect(m_process, &QProcess::started, this, [this] {
        if (!m_spec.stdinData.isEmpty())
            m_process->write(m_spec.stdinData);
        m_process->closeWriteChannel();
        Q_EMIT started();
    });
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart)
            return; // crashes and write errors end in finished()
        m_result.errorString = m_process->errorString();
        // QProcess may report this from inside start(): the caller has not connected to
        // finished() yet, so the end is delivered from the event loop, like every other end
        QMetaObject::invokeMethod(this, [this] { finish(ProcessEnd::FailedToStart, -1); }, Qt::QueuedConnection);
    });
    connect(m_process, &QProcess::finished, this, [this](int exitCode, QProcess::ExitStatus status) {
        const ProcessEnd end = m_stopReason ? *m_stopReason : status == QProcess::CrashExit ? ProcessEnd::Crashed : ProcessEnd::Exited;
        finish(end, exitCode);
    });
    if (spec.timeoutMs > 0) {
        m_timeout = new QTimer(this);
        m_timeout->setSingleShot(true);
        connect(m_timeout, &QTimer::timeout, this, [this] { stop(ProcessEnd::TimedOut); });
        m_timeout->start(spec.timeoutMs);
    }
    m_process->start();
}

void ProcessRunner::cancel() { stop(ProcessEnd::Cancelled); }

void ProcessRunner::stop(ProcessEnd reason)
{
    if (!isRunning() || m_stopReason)
        return;
    m_stopReason = reason;
    if (m_timeout)
        m_timeout->stop();
    if (m_process->state() == QProcess::Starting) {
        // no pid to signal yet: it can only be killed once running; kill() handles that
        m_process->kill();
        m_result.killed = true;
        return;
    }
    m_process->terminate(); // SIGTERM: helm cancels its operation and marks the release failed
    m_kill = new QTimer(this);
    m_kill->setSingleShot(true);
    connect(m_kill, &QTimer::timeout, this, [this] {
        if (isRunning()) {
            m_result.killed = true;
            m_process->kill();
        }
    });
    m_kill->start(m_spec.killGraceMs);
}

void ProcessRunner::readChannel(bool standardError)
{
    const QByteArray data = standardError ? m_process->readAllStandardError() : m_process->readAllStandardOutput();
    (standardError ? m_result.stderrData : m_result.stdoutData).append(data);
    QByteArray &pending = standardError ? m_pendingErr : m_pendingOut;
    pending.append(data);
    emitLines(pending, standardError, false);
}

void ProcessRunner::emitLines(QByteArray &pending, bool standardError, bool flushAll)
{
    qsizetype start = 0;
    for (;;) {
        const qsizetype nl = pending.indexOf('\n', start);
        if (nl < 0)
            break;
        qsizetype end = nl;
        if (end > start && pending[end - 1] == '\r')
            --end;
        const QString line = QString::fromUtf8(pending.constData() + start, end - start);
        if (standardError)
            Q_EMIT stderrLine(line);
        else
            Q_EMIT stdoutLine(line);
        start = nl + 1;
    }
    pending.remove(0, start);
    if (flushAll && !pending.isEmpty()) {
        const QString line = QString::fromUtf8(pending);
        pending.clear();
        if (standardError)
            Q_EMIT stderrLine(line);
        else
            Q_EMIT stdoutLine(line);
    }
}

void ProcessRunner::finish(ProcessEnd end, int exitCode)
{
    if (m_done)
        return;
    m_done = true;
    if (m_timeout)
        m_timeout->stop();
    if (m_kill)
        m_kill->stop();
    if (end != ProcessEnd::FailedToStart) {
        readChannel(false);
        readChannel(true);
    }
    emitLines(m_pendingOut, false, true);
    emitLines(m_pendingErr, true, true);
    removeTempFiles();
    m_result.end = end;
    m_result.exitCode = end == ProcessEnd::FailedToStart ? -1 : exitCode;
    m_result.elapsedMs = m_clock.elapsed();
    Q_EMIT finished(m_result); // last: a slot may delete the runner
}

void ProcessRunner::removeTempFiles()
{
    removeFiles(m_tempFiles);
    m_tempFiles.clear();
}

} // namespace fc
