#pragma once

#include "model/cluster/ResourceStore.h"
#include "model/common/StatusLevel.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QPointer>

#include <functional>

namespace fc {

/// Table of one kind with the columns `kubectl get` prints, over a ResourceStore — or over the
/// same kind's stores of several clusters (`kubectl get -A` across contexts), their rows one after
/// the other with a CLUSTER column first. Row changes from the stores arrive as ranges; the model
/// never resets except when the stores are replaced.
class ResourceTableModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Role {
        SortRole = Qt::UserRole, ///< raw value for sorting (numbers, timestamps)
        UidRole,
        NamespaceRole,
        NameRole,
        StatusRole,              ///< the STATUS text for colouring
        ClusterRole,             ///< the context the row's object comes from
    };

    explicit ResourceTableModel(QObject *parent = nullptr);

    void setStore(ResourceStore *store);
    /// Several clusters' stores of one kind, in this order, with a CLUSTER column; `primary` (one
    /// of them) is what store() answers: the current cluster's.
    void setStores(const QList<ResourceStore *> &stores, ResourceStore *primary);
    /// Another of the shown stores becomes the primary one (no reset: rows and selection stay).
    void setPrimary(ResourceStore *primary);
    /// The stores shown (one, or several in the multi-cluster view).
    QList<ResourceStore *> stores() const;
    bool multiCluster() const { return m_multi; }
    /// The current cluster's store (the only one outside the multi-cluster view).
    ResourceStore *store() const { return m_store; }
    /// The object of a row and the cluster it comes from (nullptr / empty past the end).
    const ObjectSummary *objectAt(int row) const;
    QString clusterAt(int row) const;
    /// Injectable "now" for the AGE column (tests pin it).
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Column headers for a kind (kubectl's, upper-case); one list per kind, made once (cells
    /// look it up on every sort comparison).
    static const QStringList &columnsFor(Kind kind);
    /// The same for any kind: a built-in one's, else NAMESPACE (when namespaced), NAME, AGE.
    static QStringList columnsFor(const ResourceType &type);
    /// One cell (of the column named `column`) as kubectl prints it; `sortValue` gets the raw value.
    static QString cell(const ObjectSummary &o, const QString &column, const QDateTime &now, QVariant *sortValue = nullptr);
    /// kubectl's age format: 45s, 5m3s, 3h12m, 4d2h, 120d, 3y45d.
    static QString formatAge(qint64 seconds);
    int namespaceColumn() const;
    int nameColumn() const;

private:
    /// The clock's "now" for an age column, nothing for the others.
    QDateTime nowFor(int column) const;

    /// STATUS (pods, nodes) and an event's TYPE: how the cell reads (StatusLevelRole, its colour).
    StatusLevel statusLevel(const QModelIndex &index) const;

    /// The store holding `row` and the row within it (nullptr past the end).
    ResourceStore *locate(int row, int *local) const;
    void resetStores(const QList<ResourceStore *> &stores, ResourceStore *primary, bool multi);
    /// The first row of `store` in this model.
    int offsetOf(const ResourceStore *store) const;
    void connectStore(ResourceStore *store);

    QPointer<ResourceStore> m_store;    ///< primary
    QList<QPointer<ResourceStore>> m_stores;
    bool m_multi = false;
    Kind m_kind = Kind::Pod;
    QStringList m_columns;
    std::function<QDateTime()> m_clock;
    QList<QMetaObject::Connection> m_connections;
};

} // namespace fc
