#include "model/logs/MultiLogSession.h"

#include "model/cluster/ResourceStore.h"

#include <QTimer>

#include <algorithm>

namespace fc {

LogTarget LogTarget::forPod(const QString &namespace_, const QString &pod, const QString &container)
{
    LogTarget t;
    t.namespace_ = namespace_;
    t.pod = pod;
    t.container = container;
    return t;
}

LogTarget LogTarget::forSelector(const QString &namespace_, const QString &selector)
{
    LogTarget t;
    t.namespace_ = namespace_;
    t.labelSelector = selector;
    return t;
}

LogTarget LogTarget::forWorkload(const ObjectSummary &workload)
{
    LogTarget t;
    t.namespace_ = workload.namespace_;
    if (const WorkloadInfo *w = workload.workload()) {
        QStringList parts;
        for (auto it = w->selector.cbegin(); it != w->selector.cend(); ++it)
            parts << it.key() + QLatin1Char('=') + it.value();
        parts.sort();
        t.labelSelector = parts.join(u',');
    }
    return t;
}

MultiLogSession::MultiLogSession(ClusterConnection *connection, ResourceStore *pods, LogBuffer *buffer, LogTarget target,
                                 LogStreamOptions options, QObject *parent)
    : QObject(parent), m_connection(connection), m_pods(pods), m_buffer(buffer), m_target(std::move(target)),
      m_options(std::move(options))
{
    m_flushTimer = new QTimer(this);
    m_flushTimer->setSingleShot(true);
    m_flushTimer->setInterval(30);
    connect(m_flushTimer, &QTimer::timeout, this, &MultiLogSession::flush);
}

MultiLogSession::~MultiLogSession()
{
    stop();
}

void MultiLogSession::setFlushInterval(int ms)
{
    m_flushTimer->setInterval(ms);
}

Result<void> MultiLogSession::start()
{
    if (m_started)
        return {};
    if (m_target.pod.isEmpty() && !m_target.labelSelector.isEmpty()) {
        auto sel = LabelSelector::parse(m_target.labelSelector);
        if (!sel)
            return sel.error();
        m_selector = sel.value();
    }
    m_started = true;
    if (m_pods) {
        connect(m_pods, &ResourceStore::objectUpserted, this, &MultiLogSession::onPodUpserted);
        connect(m_pods, &ResourceStore::objectRemoved, this, &MultiLogSession::onPodRemoved);
        for (int r = 0; r < m_pods->size(); ++r)
            onPodUpserted(m_pods->at(r));
    } else if (!m_target.pod.isEmpty()) {
        attach(m_target.namespace_, m_target.pod, m_target.container);
    }
    return {};
}

void MultiLogSession::stop()
{
    if (m_pods)
        m_pods->disconnect(this);
    for (auto &a : m_attached) {
        if (a.stream) {
            a.stream->stop();
            a.stream->deleteLater();
            a.stream = nullptr;
        }
    }
    flush();
}

bool MultiLogSession::podMatches(const ObjectSummary &pod) const
{
    if (pod.kind != Kind::Pod)
        return false;
    if (!m_target.namespace_.isEmpty() && pod.namespace_ != m_target.namespace_)
        return false;
    if (!m_target.pod.isEmpty())
        return pod.name == m_target.pod;
    return m_selector.matches(pod.labels);
}

void MultiLogSession::onPodUpserted(const ObjectSummary &pod)
{
    if (!podMatches(pod) || pod.deleting)
        return;
    const PodInfo *info = pod.pod();
    QStringList containers;
    if (!m_target.container.isEmpty()) {
        containers << m_target.container;
    } else if (info) {
        for (const ContainerSummary &c : info->containers)
            if (!c.init || m_target.includeInit)
                containers << c.name;
    }
    for (const QString &c : containers) {
        const QString k = key(pod.namespace_, pod.name, c);
        auto it = m_attached.find(k);
        if (it != m_attached.end() && it->uid == pod.uid && (!it->ended || !m_options.follow))
            continue; // already followed (or done)
        if (it != m_attached.end() && it->uid != pod.uid && it->stream) {
            // same name, new pod (StatefulSet replacement): the old stream ends, the new one starts
            it->stream->stop();
            it->stream->deleteLater();
            it->stream = nullptr;
        }
        attach(pod.namespace_, pod.name, c);
        m_attached[k].uid = pod.uid;
    }
}

void MultiLogSession::onPodRemoved(const ObjectSummary &pod)
{
    if (!podMatches(pod))
        return;
    detach(pod.namespace_, pod.name, tr("pod deleted"));
}

int MultiLogSession::attach(const QString &namespace_, const QString &pod, const QString &container)
{
    const QString k = key(namespace_, pod, container);
    int source;
    if (m_buffer) {
        source = m_buffer->addSource(namespace_, pod, container);
    } else {
        source = m_sourceIds.value(k, -1);
        if (source < 0) {
            source = int(m_sourceNames.size());
            m_sourceNames << (container.isEmpty() ? pod : pod + QLatin1Char('/') + container);
            m_sourceIds.insert(k, source);
        }
    }
    Attached &a = m_attached[k];
    const bool reattach = !a.pod.isEmpty();
    a.ns = namespace_;
    a.pod = pod;
    a.container = container;
    a.source = source;
    a.ended = false;
    LogStreamOptions o = m_options;
    o.namespace_ = namespace_;
    o.pod = pod;
    o.container = container;
    if (reattach) {
        // a pod that came back under the same name: everything it has is new
        o.tailLines = -1;
    }
    auto *stream = new LogStream(m_connection, o, this);
    a.stream = stream;
    connect(stream, &LogStream::linesReady, this, [this, source](const LogBatch &b) {
        m_pending.push_back({source, b, 0});
        scheduleFlush();
    });
    connect(stream, &LogStream::reconnected, this, [this, source](LogTimestamp) {
        addMarker(source, tr("— reconnected —"));
    });
    connect(stream, &LogStream::problem, this, [this, k](const QString &message) { Q_EMIT problem(k, message); });
    connect(stream, &LogStream::finished, this,
            [this, k](LogStream::EndReason reason, const QString &message) { streamEnded(k, reason, message); });
    if (m_pods || m_attached.size() > 1)
        addMarker(source, tr("— attached %1 —").arg(a.container.isEmpty() ? pod : pod + QLatin1Char('/') + container));
    Q_EMIT attached(namespace_, pod, container);
    stream->start();
    return source;
}

void MultiLogSession::detach(const QString &namespace_, const QString &pod, const QString &reason)
{
    const QString prefix = namespace_ + QLatin1Char('/') + pod + QLatin1Char('/');
    for (auto it = m_attached.begin(); it != m_attached.end(); ++it) {
        if (!it.key().startsWith(prefix) || it->ended)
            continue;
        it->ended = true;
        if (it->stream) {
            it->stream->stop();
            it->stream->deleteLater();
            it->stream = nullptr;
        }
        addMarker(it->source, tr("— detached %1: %2 —").arg(it->container.isEmpty() ? pod : pod + QLatin1Char('/') + it->container, reason));
        Q_EMIT detached(namespace_, pod, it->container, reason);
    }
    checkFinished();
}

void MultiLogSession::streamEnded(const QString &k, LogStream::EndReason reason, const QString &message)
{
    auto it = m_attached.find(k);
    if (it == m_attached.end() || it->ended)
        return;
    it->ended = true;
    if (it->stream) {
        it->stream->deleteLater();
        it->stream = nullptr;
    }
    if (reason == LogStream::EndReason::PodGone) {
        addMarker(it->source, tr("— detached %1: pod gone —").arg(it->container.isEmpty() ? it->pod : it->pod + QLatin1Char('/') + it->container));
        Q_EMIT detached(it->ns, it->pod, it->container, message);
    } else if (reason == LogStream::EndReason::Failed) {
        addMarker(it->source, tr("— %1 —").arg(message));
        Q_EMIT problem(k, message);
    }
    checkFinished();
}

int MultiLogSession::activeStreams() const
{
    int n = 0;
    for (const auto &a : m_attached)
        n += a.ended ? 0 : 1;
    return n;
}

QStringList MultiLogSession::attachedSources() const
{
    QStringList out;
    for (auto it = m_attached.cbegin(); it != m_attached.cend(); ++it)
        if (!it->ended)
            out << it.key();
    out.sort();
    return out;
}

LogStream *MultiLogSession::streamFor(const QString &namespace_, const QString &pod, const QString &container) const
{
    auto it = m_attached.constFind(key(namespace_, pod, container));
    return it == m_attached.constEnd() ? nullptr : it->stream;
}

QString MultiLogSession::sourcePrefix(int source) const
{
    if (m_buffer)
        return source < m_buffer->sourceCount() ? m_buffer->source(source).prefix : QString();
    return m_sourceNames.value(source);
}

void MultiLogSession::checkFinished()
{
    if (m_finishedEmitted || activeStreams() > 0)
        return;
    if (m_pods && m_options.follow)
        return; // more pods may still come
    flush();
    m_finishedEmitted = true;
    Q_EMIT finished();
}

void MultiLogSession::addMarker(int source, const QString &text)
{
    LogBatch b;
    b.append(0, text.toUtf8());
    m_pending.push_back({source, std::move(b), LogBuffer::Marker});
    Q_EMIT marker(source, text);
    scheduleFlush();
}

void MultiLogSession::scheduleFlush()
{
    if (!m_flushTimer->isActive())
        m_flushTimer->start();
}

void MultiLogSession::flush()
{
    m_flushTimer->stop();
    if (m_pending.empty())
        return;
    std::vector<Pending> pending;
    pending.swap(m_pending);
    std::vector<MergedLogLine> lines;
    size_t total = 0;
    for (const Pending &p : pending)
        total += p.batch.lines.size();
    lines.reserve(total);
    bool multi = false;
    for (const Pending &p : pending) {
        multi = multi || p.source != pending.front().source;
        for (int i = 0; i < p.batch.size(); ++i)
            lines.push_back({p.batch.timestamp(i), p.source, p.flags, p.batch.rawLine(i), p.batch.text(i),
                             p.batch.lines[size_t(i)].terminated});
    }
    if (multi) {
        // markers (timestamp 0) take the time of the line before them in their own stream order
        LogTimestamp last = 0;
        std::vector<LogTimestamp> keys(lines.size());
        for (size_t i = 0; i < lines.size(); ++i) {
            if (lines[i].timestamp)
                last = lines[i].timestamp;
            keys[i] = lines[i].timestamp ? lines[i].timestamp : last;
        }
        std::vector<size_t> order(lines.size());
        for (size_t i = 0; i < order.size(); ++i)
            order[i] = i;
        std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return keys[a] < keys[b]; });
        std::vector<MergedLogLine> sorted;
        sorted.reserve(lines.size());
        for (size_t i : order)
            sorted.push_back(lines[i]);
        lines.swap(sorted);
    }
    if (m_buffer) {
        m_buffer->beginAppend();
        for (const MergedLogLine &l : lines)
            m_buffer->addLine(l.timestamp, l.text, l.source, l.flags);
        m_buffer->endAppend();
    }
    Q_EMIT linesMerged(lines);
}

} // namespace fc
