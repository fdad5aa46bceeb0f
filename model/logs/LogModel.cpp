#include "model/logs/LogModel.h"

namespace fc {

LogModel::LogModel(LogBuffer *buffer, QObject *parent) : QAbstractListModel(parent), m_buffer(buffer)
{
    m_viewFirst = buffer->firstSeq();
    m_viewEnd = buffer->endSeq();
    connect(buffer, &LogBuffer::linesAppended, this, &LogModel::onAppended);
    connect(buffer, &LogBuffer::aboutToDropFront, this, &LogModel::onAboutToDrop);
    connect(buffer, &LogBuffer::droppedFront, this, &LogModel::onDropped);
}

int LogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_viewEnd - m_viewFirst);
}

QString LogModel::textAt(int row) const
{
    const qint64 seq = m_viewFirst + row;
    QByteArrayView raw = m_buffer->text(seq);
    if (raw.endsWith('\r'))
        raw.chop(1);
    const QString s = QString::fromUtf8(raw);
    return AnsiText::strip(s);
}

QVariant LogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() < 0 || index.row() >= rowCount() || !m_buffer)
        return {};
    const qint64 seq = m_viewFirst + index.row();
    switch (role) {
    case Qt::DisplayRole:
    case TextRole:
        return textAt(index.row());
    case RawTextRole:
        return m_buffer->text(seq).toByteArray();
    case TimestampRole:
        return m_buffer->timestamp(seq);
    case TimestampTextRole: {
        const LogTimestamp ts = m_buffer->timestamp(seq);
        return ts ? QString::fromLatin1(formatLogTimestamp(ts)) : QString();
    }
    case SourceRole:
        return m_buffer->sourceOf(seq);
    case SourcePrefixRole: {
        const int s = m_buffer->sourceOf(seq);
        return s < m_buffer->sourceCount() ? m_buffer->source(s).prefix : QString();
    }
    case SourceColourRole: {
        const int s = m_buffer->sourceOf(seq);
        return s < m_buffer->sourceCount() ? m_buffer->source(s).colour : QColor();
    }
    case MarkerRole:
        return bool(m_buffer->flags(seq) & LogBuffer::Marker);
    case AnsiSpansRole: {
        if (m_ansiMode == AnsiMode::Strip)
            return QVariant::fromValue(QList<AnsiSpan>());
        QByteArrayView raw = m_buffer->text(seq);
        if (raw.indexOf('\x1b') < 0)
            return QVariant::fromValue(QList<AnsiSpan>());
        if (raw.endsWith('\r'))
            raw.chop(1);
        return QVariant::fromValue(AnsiText::parse(QString::fromUtf8(raw)).spans);
    }
    case SequenceRole:
        return seq;
    default:
        return {};
    }
}

QHash<int, QByteArray> LogModel::roleNames() const
{
    QHash<int, QByteArray> r = QAbstractListModel::roleNames();
    r.insert(TextRole, "text");
    r.insert(TimestampRole, "timestamp");
    r.insert(SourcePrefixRole, "source");
    r.insert(MarkerRole, "marker");
    return r;
}

void LogModel::setAnsiMode(AnsiMode mode)
{
    if (m_ansiMode == mode)
        return;
    m_ansiMode = mode;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0), index(rowCount() - 1), {AnsiSpansRole});
}

qint64 LogModel::waitingCount() const
{
    return m_buffer ? m_buffer->endSeq() - std::max(m_viewEnd, m_buffer->firstSeq()) : 0;
}

void LogModel::onAppended(qint64 first, qint64 count)
{
    if (m_paused) {
        Q_EMIT waitingCountChanged(waitingCount());
        return;
    }
    Q_UNUSED(first);
    const qint64 end = m_buffer->endSeq();
    if (end <= m_viewEnd)
        return;
    Q_UNUSED(count);
    beginInsertRows({}, rowCount(), int(end - m_viewFirst) - 1);
    m_viewEnd = end;
    endInsertRows();
}

void LogModel::onAboutToDrop(qint64 newFirst)
{
    const qint64 cut = std::min(newFirst, m_viewEnd);
    if (cut <= m_viewFirst)
        return;
    m_removing = true;
    beginRemoveRows({}, 0, int(cut - m_viewFirst) - 1);
    m_viewFirst = cut;
}

void LogModel::onDropped(qint64 newFirst)
{
    if (m_removing) {
        m_removing = false;
        endRemoveRows();
    }
    // a paused view entirely dropped: continue from what is left
    if (m_viewFirst < newFirst) {
        m_viewFirst = newFirst;
        m_viewEnd = std::max(m_viewEnd, newFirst);
    }
    if (m_paused)
        Q_EMIT waitingCountChanged(waitingCount());
}

void LogModel::setPaused(bool paused)
{
    if (m_paused == paused)
        return;
    m_paused = paused;
    if (!paused) {
        const qint64 end = m_buffer->endSeq();
        if (end > m_viewEnd) {
            beginInsertRows({}, rowCount(), int(end - m_viewFirst) - 1);
            m_viewEnd = end;
            endInsertRows();
        }
    }
    Q_EMIT pausedChanged(paused);
    Q_EMIT waitingCountChanged(waitingCount());
}

} // namespace fc
