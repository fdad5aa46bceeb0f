#pragma once

#include "model/cluster/LabelSelector.h"

#include <QSortFilterProxyModel>

namespace fc {

class ResourceTableModel;

/// Filters a ResourceTableModel by namespace, free text (name or namespace contains, case-
/// insensitive) and a label selector; sorts by each column's raw value.
class ResourceFilterProxy final : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit ResourceFilterProxy(QObject *parent = nullptr);

    void setNamespaceFilter(const QString &ns); ///< empty = all namespaces
    void setTextFilter(const QString &text);
    /// Returns the parse error (and keeps the previous selector) when the text is invalid.
    Result<void> setLabelSelector(const QString &text);
    QString namespaceFilter() const { return m_namespace; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    ResourceTableModel *table() const;
    QString m_namespace;
    QString m_text;
    LabelSelector m_selector;
};

} // namespace fc
