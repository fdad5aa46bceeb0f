#include "model/logs/LogFilterProxy.h"

#include "model/logs/LogModel.h"

namespace fc {

Result<void> LogMatcher::set(const QString &pattern, bool regex, Qt::CaseSensitivity cs)
{
    if (regex && !pattern.isEmpty()) {
        QRegularExpression re(pattern, cs == Qt::CaseInsensitive ? QRegularExpression::CaseInsensitiveOption
                                                                 : QRegularExpression::NoPatternOption);
        if (!re.isValid()) {
            Error e = makeError(QObject::tr("invalid regular expression at %1: %2")
                                    .arg(re.patternErrorOffset())
                                    .arg(re.errorString()));
            e.field = QStringLiteral("search");
            return e;
        }
        re.optimize();
        m_re = re;
    }
    m_pattern = pattern;
    m_regex = regex;
    m_plain = QStringMatcher(pattern, cs);
    return {};
}

bool LogMatcher::matches(QStringView text) const
{
    if (m_pattern.isEmpty())
        return false;
    if (m_regex)
        return m_re.match(text).hasMatch();
    return m_plain.indexIn(text) >= 0;
}

QList<QPair<int, int>> LogMatcher::ranges(const QString &text) const
{
    QList<QPair<int, int>> out;
    if (m_pattern.isEmpty())
        return out;
    if (m_regex) {
        auto it = m_re.globalMatch(text);
        while (it.hasNext()) {
            const auto m = it.next();
            if (m.capturedLength() > 0)
                out.append({int(m.capturedStart()), int(m.capturedLength())});
        }
    } else {
        qsizetype from = 0;
        while ((from = m_plain.indexIn(text, from)) >= 0) {
            out.append({int(from), int(m_pattern.size())});
            from += m_pattern.size();
        }
    }
    return out;
}

LogFilterProxy::LogFilterProxy(QObject *parent) : QAbstractProxyModel(parent) {}

void LogFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    beginResetModel();
    for (const auto &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_source = qobject_cast<LogModel *>(model);
    Q_ASSERT_X(!model || m_source, "LogFilterProxy", "source must be a LogModel");
    QAbstractProxyModel::setSourceModel(m_source);
    if (m_source) {
        m_connections << connect(m_source, &QAbstractItemModel::rowsAboutToBeInserted, this, &LogFilterProxy::onAboutToInsert)
                      << connect(m_source, &QAbstractItemModel::rowsInserted, this, &LogFilterProxy::onInserted)
                      << connect(m_source, &QAbstractItemModel::rowsAboutToBeRemoved, this, &LogFilterProxy::onAboutToRemove)
                      << connect(m_source, &QAbstractItemModel::rowsRemoved, this, &LogFilterProxy::onRemoved)
                      << connect(m_source, &QAbstractItemModel::dataChanged, this, &LogFilterProxy::onDataChanged)
                      << connect(m_source, &QAbstractItemModel::modelAboutToBeReset, this, [this] { beginResetModel(); })
                      << connect(m_source, &QAbstractItemModel::modelReset, this, [this] {
                             m_filtering = isFiltering();
                             m_rows.clear();
                             if (m_filtering)
                                 for (int r = 0; r < m_source->rowCount(); ++r)
                                     if (sourceRowShown(r))
                                         m_rows.push_back(m_source->sequenceAt(r));
                             endResetModel();
                         });
    }
    m_filtering = false;
    m_rows.clear();
    endResetModel();
    rebuild();
}

Result<void> LogFilterProxy::setSearch(const QString &pattern, bool regex, Qt::CaseSensitivity cs)
{
    LogMatcher m;
    auto r = m.set(pattern, regex, cs);
    if (!r)
        return r;
    m_matcher = m;
    m_pattern = pattern;
    m_regex = regex;
    if (m_onlyMatching || m_filtering)
        rebuild();
    Q_EMIT searchChanged();
    return {};
}

void LogFilterProxy::setShowOnlyMatching(bool on)
{
    if (m_onlyMatching == on)
        return;
    m_onlyMatching = on;
    rebuild();
}

void LogFilterProxy::rebuild()
{
    if (!m_source)
        return;
    const bool filtering = isFiltering();
    if (!filtering && !m_filtering)
        return; // pass-through stays pass-through
    beginResetModel();
    m_filtering = filtering;
    m_rows.clear();
    if (m_filtering)
        for (int r = 0; r < m_source->rowCount(); ++r)
            if (sourceRowShown(r))
                m_rows.push_back(m_source->sequenceAt(r));
    endResetModel();
}

bool LogFilterProxy::sourceRowShown(int sourceRow) const
{
    if (m_source->index(sourceRow).data(LogModel::MarkerRole).toBool())
        return true;
    return m_matcher.matches(m_source->textAt(sourceRow));
}

int LogFilterProxy::sourceRowOf(int proxyRow) const
{
    if (!m_filtering)
        return proxyRow;
    return int(m_rows[size_t(proxyRow)] - m_source->sequenceAt(0));
}

QModelIndex LogFilterProxy::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || column != 0 || row < 0 || row >= rowCount())
        return {};
    return createIndex(row, column);
}

QModelIndex LogFilterProxy::parent(const QModelIndex &) const
{
    return {};
}

int LogFilterProxy::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_source)
        return 0;
    return m_filtering ? int(m_rows.size()) : m_source->rowCount();
}

int LogFilterProxy::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 1;
}

QModelIndex LogFilterProxy::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid() || !m_source || proxyIndex.model() != this)
        return {};
    return m_source->index(sourceRowOf(proxyIndex.row()));
}

QModelIndex LogFilterProxy::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid() || !m_source)
        return {};
    if (!m_filtering)
        return index(sourceIndex.row(), 0);
    const qint64 seq = m_source->sequenceAt(sourceIndex.row());
    auto it = std::lower_bound(m_rows.begin(), m_rows.end(), seq);
    if (it == m_rows.end() || *it != seq)
        return {};
    return index(int(it - m_rows.begin()), 0);
}

void LogFilterProxy::onAboutToInsert(const QModelIndex &, int first, int last)
{
    if (!m_filtering)
        beginInsertRows({}, first, last);
}

void LogFilterProxy::onInserted(const QModelIndex &, int first, int last)
{
    if (!m_filtering) {
        endInsertRows();
        return;
    }
    // LogModel only appends: test each new line once
    std::vector<qint64> added;
    for (int r = first; r <= last; ++r)
        if (sourceRowShown(r))
            added.push_back(m_source->sequenceAt(r));
    if (added.empty())
        return;
    const int at = int(m_rows.size());
    beginInsertRows({}, at, at + int(added.size()) - 1);
    m_rows.insert(m_rows.end(), added.begin(), added.end());
    endInsertRows();
}

void LogFilterProxy::onAboutToRemove(const QModelIndex &, int first, int last)
{
    if (!m_filtering) {
        m_removingPassThrough = true;
        beginRemoveRows({}, first, last);
        return;
    }
    const qint64 lo = m_source->sequenceAt(first);
    const qint64 hi = m_source->sequenceAt(last);
    auto b = std::lower_bound(m_rows.begin(), m_rows.end(), lo);
    auto e = std::upper_bound(b, m_rows.end(), hi);
    if (b == e)
        return;
    beginRemoveRows({}, int(b - m_rows.begin()), int(e - m_rows.begin()) - 1);
    m_rows.erase(b, e);
    endRemoveRows();
}

void LogFilterProxy::onRemoved(const QModelIndex &, int, int)
{
    if (m_removingPassThrough) {
        m_removingPassThrough = false;
        endRemoveRows();
    }
}

void LogFilterProxy::onDataChanged(const QModelIndex &tl, const QModelIndex &br, const QList<int> &roles)
{
    if (rowCount() == 0)
        return;
    if (!m_filtering) {
        Q_EMIT dataChanged(index(tl.row(), 0), index(br.row(), 0), roles);
        return;
    }
    Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, 0), roles);
}

bool LogFilterProxy::rowMatches(int proxyRow) const
{
    if (!m_source || proxyRow < 0 || proxyRow >= rowCount())
        return false;
    return m_matcher.matches(m_source->textAt(sourceRowOf(proxyRow)));
}

int LogFilterProxy::findMatch(int fromRow, bool forward) const
{
    const int n = rowCount();
    if (n == 0 || m_matcher.isEmpty())
        return -1;
    for (int step = 1; step <= n; ++step) {
        int r = forward ? fromRow + step : fromRow - step;
        r = ((r % n) + n) % n;
        if (rowMatches(r))
            return r;
    }
    return -1;
}

int LogFilterProxy::matchCount() const
{
    int c = 0;
    for (int r = 0; r < rowCount(); ++r)
        c += rowMatches(r) ? 1 : 0;
    return c;
}

} // namespace fc
