#include "backend/logs/LogStream.h"

#include "backend/cluster/ObjectClient.h"

#include <QTimer>

namespace fc {

namespace {
QString podPath(const LogStreamOptions &o)
{
    return ResourceType::of(Kind::Pod).objectPath(o.namespace_, o.pod);
}
} // namespace

LogStream::LogStream(ClusterConnection *connection, LogStreamOptions options, QObject *parent)
    : QObject(parent), m_connection(connection), m_options(std::move(options))
{
    m_wantTimestamps = !(m_options.limitBytes > 0 && !m_options.timestamps);
    m_splitter.setTimestamps(m_wantTimestamps);
    m_retryTimer = new QTimer(this);
    m_retryTimer->setSingleShot(true);
    connect(m_retryTimer, &QTimer::timeout, this, [this] { checkPodThenResume(QString()); });
}

LogStream::~LogStream()
{
    stop();
}

ApiRequest LogStream::request(const LogStreamOptions &o, bool resume, LogTimestamp since)
{
    ApiRequest r;
    r.path = podPath(o) + QStringLiteral("/log");
    r.accept = "*/*";
    r.timeoutMs = 0;
    QUrlQuery &q = r.query;
    if (!o.container.isEmpty())
        q.addQueryItem(QStringLiteral("container"), o.container);
    if (o.follow)
        q.addQueryItem(QStringLiteral("follow"), QStringLiteral("true"));
    if (o.previous)
        q.addQueryItem(QStringLiteral("previous"), QStringLiteral("true"));
    if (!(o.limitBytes > 0 && !o.timestamps))
        q.addQueryItem(QStringLiteral("timestamps"), QStringLiteral("true"));
    if (resume) {
        if (since > 0)
            q.addQueryItem(QStringLiteral("sinceTime"), formatLogTimestampSeconds(since));
        else if (o.sinceSeconds > 0)
            q.addQueryItem(QStringLiteral("sinceSeconds"), QString::number(o.sinceSeconds));
        else if (o.sinceTime.isValid())
            q.addQueryItem(QStringLiteral("sinceTime"), o.sinceTime.toUTC().toString(Qt::ISODate));
    } else {
        if (o.sinceSeconds > 0)
            q.addQueryItem(QStringLiteral("sinceSeconds"), QString::number(o.sinceSeconds));
        else if (o.sinceTime.isValid())
            q.addQueryItem(QStringLiteral("sinceTime"), o.sinceTime.toUTC().toString(Qt::ISODate));
        if (o.tailLines >= 0)
            q.addQueryItem(QStringLiteral("tailLines"), QString::number(o.tailLines));
    }
    if (o.limitBytes > 0)
        q.addQueryItem(QStringLiteral("limitBytes"), QString::number(o.limitBytes));
    return r;
}

void LogStream::setState(State s)
{
    if (m_state == s)
        return;
    m_state = s;
    Q_EMIT stateChanged(s);
}

void LogStream::start()
{
    if (m_state != State::Idle)
        return;
    m_backlogPhase = m_options.follow && !m_options.previous && m_options.limitBytes <= 0 && m_wantTimestamps;
    connectNow();
}

void LogStream::stop()
{
    m_retryTimer->stop();
    if (m_connection) {
        if (m_requestId)
            m_connection->cancel(m_requestId);
        if (m_checkId)
            m_connection->cancel(m_checkId);
    }
    m_requestId = 0;
    m_checkId = 0;
    ++m_generation;
    if (m_state != State::Finished)
        m_state = State::Finished;
}

void LogStream::reconnectNow()
{
    if (!m_connection || m_state == State::Finished || m_state == State::Idle)
        return;
    if (m_requestId)
        m_connection->cancel(m_requestId);
    m_requestId = 0;
    ++m_generation;
    m_splitter.reset();
    m_failures = 0;
    m_backlogPhase = false;
    scheduleResume(tr("reconnect requested"));
}

void LogStream::connectNow()
{
    if (!m_connection) {
        finish(EndReason::Failed, tr("no connection"));
        return;
    }
    const bool resume = m_resumed;
    if (resume) {
        m_dedupe = m_atLastTs;
        m_deduping = m_lastTs > 0;
        m_announceResume = !m_quietResume;
    }
    m_quietResume = false;
    m_splitter.reset();
    setState(State::Connecting);
    const quint64 gen = ++m_generation;
    StreamCallbacks cb;
    cb.onData = [this, gen](const QByteArray &chunk) { onData(gen, chunk); };
    cb.onFinished = [this, gen](const Result<void> &end) { onFinished(gen, end); };
    LogStreamOptions o = m_options;
    if (m_backlogPhase)
        o.follow = false;
    const ApiRequest req = request(o, resume, m_wantTimestamps ? m_lastTs : 0);
    m_requestId = m_connection->stream(req, this, std::move(cb));
}

void LogStream::deliver(LogBatch &batch)
{
    if (batch.lines.empty())
        return;
    if (m_deduping) {
        // Resumed from sinceTime (whole seconds): skip what was delivered before the cut.
        std::vector<LogLineRef> kept;
        kept.reserve(batch.lines.size());
        for (const LogLineRef &l : batch.lines) {
            if (m_deduping) {
                if (l.timestamp != 0 && l.timestamp < m_lastTs)
                    continue;
                if (l.timestamp == m_lastTs) {
                    const QByteArray text(batch.data.constData() + l.offset + l.textOffset, l.length - l.textOffset);
                    auto it = m_dedupe.find(text);
                    if (it != m_dedupe.end()) {
                        if (--it.value() == 0)
                            m_dedupe.erase(it);
                        continue;
                    }
                }
                m_deduping = false;
                m_dedupe.clear();
            }
            kept.push_back(l);
        }
        batch.lines = std::move(kept);
        if (batch.lines.empty())
            return;
    }
    // remember the texts at the newest timestamp for the next resume: only the trailing run of
    // lines sharing the last timestamp matters (usually one line), so this is O(1) per batch
    {
        const auto &ls = batch.lines;
        size_t i = ls.size();
        LogTimestamp newest = 0;
        while (i > 0 && ls[i - 1].timestamp == 0)
            --i;
        if (i > 0)
            newest = ls[i - 1].timestamp;
        if (newest > m_lastTs || (newest != 0 && newest == m_lastTs)) {
            if (newest != m_lastTs) {
                m_atLastTs.clear();
                m_lastTs = newest;
            }
            size_t first = i;
            while (first > 0 && (ls[first - 1].timestamp == newest || ls[first - 1].timestamp == 0))
                --first;
            for (size_t k = first; k < i; ++k) {
                const LogLineRef &l = ls[k];
                if (l.timestamp == newest)
                    ++m_atLastTs[QByteArray(batch.data.constData() + l.offset + l.textOffset, l.length - l.textOffset)];
            }
        }
    }
    if (m_announceResume) {
        m_announceResume = false;
        Q_EMIT reconnected(m_lastTs);
    }
    m_linesReceived += batch.size();
    Q_EMIT linesReady(batch);
}

void LogStream::onData(quint64 gen, const QByteArray &chunk)
{
    if (gen != m_generation)
        return;
    if (m_state != State::Streaming) {
        setState(State::Streaming);
        m_failures = 0;
    }
    LogBatch batch;
    m_splitter.feed(chunk, batch);
    deliver(batch);
}

void LogStream::onFinished(quint64 gen, const Result<void> &end)
{
    if (gen != m_generation)
        return;
    m_requestId = 0;
    if (end.ok() && m_backlogPhase) {
        // the backlog is in; follow from its last line on. An unterminated last line is not
        // delivered: the resume (sinceTime <= its time) brings it again, complete if it is by then.
        m_backlogPhase = false;
        m_splitter.reset();
        m_resumed = m_linesReceived > 0 || m_lastTs > 0;
        m_quietResume = true;
        connectNow();
        return;
    }
    m_backlogPhase = false; // an error in the backlog read is handled as one of the followed stream
    if (end.ok()) {
        if (!m_options.follow || m_options.previous || m_options.limitBytes > 0) {
            LogBatch batch;
            m_splitter.finish(batch); // the end of what was asked for: an unterminated rest is a line
            deliver(batch);
            finish(EndReason::Completed, {});
            return;
        }
        // A followed stream that ends cleanly (the server went away, or the container stopped)
        // may end mid-line: that rest is not a line yet. The resume from its second brings it
        // again, whole; a stopped container's last read (without follow) delivers it as it is.
        m_splitter.reset();
        scheduleResume(tr("the log stream ended"));
        return;
    }
    m_splitter.reset(); // an unterminated line comes again after the resume
    const Error &e = end.error();
    if (e.httpStatus == 404) {
        finish(EndReason::PodGone, e.message);
        return;
    }
    if (e.httpStatus == 401 || e.httpStatus == 403 || e.reason == u"Unauthorized") {
        finish(EndReason::Failed, e.message);
        return;
    }
    if (e.httpStatus > 0 && (!m_options.follow || m_options.previous)) {
        finish(EndReason::Failed, e.message);
        return;
    }
    if (m_options.limitBytes > 0 && !m_wantTimestamps) {
        finish(EndReason::Failed, e.message);
        return;
    }
    // network error, or a 400 such as "container is waiting to start" while following
    Q_EMIT problem(e.message);
    scheduleResume(e.message);
}

void LogStream::scheduleResume(const QString &why)
{
    Q_UNUSED(why);
    m_resumed = m_resumed || m_linesReceived > 0 || m_lastTs > 0;
    setState(State::Retrying);
    // first retry at once, then back off up to 5 s
    const int delay = m_failures == 0 ? 0 : std::min(5000, 250 << std::min(m_failures, 5));
    ++m_failures;
    m_retryTimer->start(delay);
}

void LogStream::checkPodThenResume(const QString &)
{
    if (!m_connection || m_state == State::Finished)
        return;
    // is the pod still there and not completed? (a finished pod's stream ends for good)
    const quint64 gen = ++m_generation;
    // only the phase is wanted: read on the connection's thread
    m_checkId = ObjectClient(m_connection).getAs<QString>(ResourceType::of(Kind::Pod), m_options.namespace_, m_options.pod, this,
        [](const KubeObject &pod) -> Result<QString> {
            return pod.json.value(QLatin1String("status")).toObject().value(QLatin1String("phase")).toString();
        },
        [this, gen](const Result<QString> &r) {
        if (gen != m_generation)
            return;
        m_checkId = 0;
        if (!r.ok()) {
            if (r.error().httpStatus == 404) {
                finish(EndReason::PodGone, tr("pod %1/%2 is gone").arg(m_options.namespace_, m_options.pod));
                return;
            }
            if (r.error().httpStatus == 401 || r.error().httpStatus == 403) {
                finish(EndReason::Failed, r.error().message);
                return;
            }
            Q_EMIT problem(r.error().message);
            scheduleResume(r.error().message);
            return;
        }
        {
            const QString &phase = r.value();
            if (phase == u"Succeeded" || phase == u"Failed") {
                // the container will write no more: one last read (from the last line) without
                // follow picks up what the cut stream missed, then the stream completes
                m_options.follow = false;
            }
        }
        if (m_resumed)
            ++m_reconnects;
        connectNow();
    });
}

void LogStream::finish(EndReason reason, const QString &message)
{
    m_retryTimer->stop();
    if (m_connection && m_requestId)
        m_connection->cancel(m_requestId);
    m_requestId = 0;
    ++m_generation;
    setState(State::Finished);
    Q_EMIT finished(reason, message);
}

} // namespace fc
