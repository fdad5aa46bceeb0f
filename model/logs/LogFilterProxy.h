#pragma once

#include "backend/core/Result.h"

#include <QRegularExpression>
#include <QAbstractProxyModel>

#include <deque>
#include <QStringMatcher>

namespace fc {

/// What a search looks for: plain text (QStringMatcher) or a regular expression. Qt-free of
/// models so the proxy, highlighting and tests share it.
class LogMatcher {
public:
    /// Invalid regular expressions come back as an Error for inline display.
    Result<void> set(const QString &pattern, bool regex, Qt::CaseSensitivity cs);
    bool isEmpty() const { return m_pattern.isEmpty(); }
    bool matches(QStringView text) const;
    /// (start, length) of every match, for highlighting.
    QList<QPair<int, int>> ranges(const QString &text) const;

private:
    QString m_pattern;
    bool m_regex = false;
    QStringMatcher m_plain;
    QRegularExpression m_re;
};

class LogModel;

/// Search and filter over a LogModel. Without show-only-matching (or with an empty search) it
/// is a pass-through: rows map 1:1 and the model's batched inserts/removals are forwarded as
/// they are, so following a 1M-line log costs nothing extra. With show-only-matching it keeps
/// the matching lines' sequence numbers: new lines are tested once as they arrive and front
/// drops remove a prefix. Markers are always shown. Only a change of search resets the rows.
class LogFilterProxy final : public QAbstractProxyModel {
    Q_OBJECT
public:
    explicit LogFilterProxy(QObject *parent = nullptr);

    /// Must be a LogModel (rows are tracked by its stable sequence numbers).
    void setSourceModel(QAbstractItemModel *model) override;
    LogModel *logModel() const { return m_source; }

    /// Sets the search; an invalid regex leaves the previous search in place and returns its error.
    Result<void> setSearch(const QString &pattern, bool regex = false, Qt::CaseSensitivity cs = Qt::CaseInsensitive);
    const LogMatcher &matcher() const { return m_matcher; }
    QString pattern() const { return m_pattern; }
    bool isRegex() const { return m_regex; }

    bool showOnlyMatching() const { return m_onlyMatching; }
    void setShowOnlyMatching(bool on);
    bool isFiltering() const { return m_onlyMatching && !m_matcher.isEmpty(); }

    bool rowMatches(int proxyRow) const;
    /// Next (or previous) matching row after (before) `fromRow`, wrapping; -1 if none.
    int findMatch(int fromRow, bool forward = true) const;
    int matchCount() const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;

Q_SIGNALS:
    void searchChanged();

private:
    bool sourceRowShown(int sourceRow) const;
    int sourceRowOf(int proxyRow) const;
    void rebuild();
    void onAboutToInsert(const QModelIndex &parent, int first, int last);
    void onInserted(const QModelIndex &parent, int first, int last);
    void onAboutToRemove(const QModelIndex &parent, int first, int last);
    void onRemoved(const QModelIndex &parent, int first, int last);
    void onDataChanged(const QModelIndex &tl, const QModelIndex &br, const QList<int> &roles);

    LogModel *m_source = nullptr;
    QList<QMetaObject::Connection> m_connections;
    LogMatcher m_matcher;
    QString m_pattern;
    bool m_regex = false;
    bool m_onlyMatching = false;
    bool m_filtering = false;          ///< the mode the rows are currently in
    std::deque<qint64> m_rows;        ///< when filtering: sequence numbers of shown lines
    bool m_removingPassThrough = false;
};

} // namespace fc
