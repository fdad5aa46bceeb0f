#pragma once

#include "backend/cluster/Resources.h"
#include "model/gpu/GpuArithmetic.h"

#include <QAbstractTableModel>
#include <QSet>
#include <QHash>
#include <QList>

#include <functional>
#include <optional>

namespace fc {

/// One party's share of a node's GPUs (for the stacked bar).
struct GpuSegment {
    QString party;
    qint64 requested = 0; ///< milli-devices, all GPU resources together
};

/// A pod waiting for GPUs the scheduler could not find.
struct PendingGpuPod {
    QString cluster;
    QString namespace_;
    QString name;
    QString party;
    qint64 requested = 0; ///< milli-devices
    QString message;      ///< the scheduler's message
};

/// GPU allocation per node, kept current from pod/node/configmap events.
///
/// One row per node that advertises a GPU resource (or holds a pod that requests one).
/// Every count is scheduler accounting (requests, not utilisation): a pod event changes only
/// its node's row, and only that row is reported through dataChanged. Nodes from several
/// clusters can share the model; pass the cluster name with every event.
class GpuModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    /// CLUSTER last: the view shows every open cluster's GPU nodes in one table.
    enum Column { NodeColumn, ProductColumn, CapacityColumn, AllocatableColumn, RequestedColumn, FreeColumn,
                  SharingColumn, PodsColumn, ClusterColumn, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole, ///< raw value (devices as qint64, text for text columns)
        SegmentsRole,            ///< QVariantList of QVariantMap{party, requested (devices, double)}
        ClusterRole,
        NodeNameRole,
        PhysicalGpusRole,
    };

    /// Maps a pod to the party its GPUs are charged to in the bar. Default: label
    /// fedconsole.io/party, else the namespace. The federation model offers a better one.
    using PartyResolver = std::function<QString(const ObjectSummary &pod, const QString &cluster)>;

    explicit GpuModel(QObject *parent = nullptr);

    void setPartyResolver(PartyResolver resolver);
    /// The GPU operator's time-slicing ConfigMap (devicePlugin.config.name/default). Nodes
    /// pick a key with label nvidia.com/device-plugin.config, else `defaultKey`.
    void setTimeSlicingConfigMap(const QString &namespace_, const QString &name, const QString &defaultKey = {});

    // Incremental feed from the informers (Node, Pod, ConfigMap; other kinds are ignored).
    void applyUpsert(const ObjectSummary &object, const QString &cluster = {});
    void applyRemove(Kind kind, const QString &uid, const QString &cluster = {});
    void resetAll(Kind kind, const QList<ObjectSummary> &objects, const QString &cluster = {});
    /// Around a watch batch: rows changed by the events in between get one dataChanged each,
    /// and pendingPodsChanged() is emitted at most once, in endBatch(). Batches nest.
    void beginBatch() { ++m_batchDepth; }
    void endBatch();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Row data for views and the CLI.
    struct NodeRow {
        QString cluster;
        QString node;
        bool nodeKnown = false; ///< a Node object was seen (rows can exist from pods alone)
        gpu::NodeGpuFacts facts;
        int pods = 0;           ///< pods holding GPUs on the node
        QHash<QString, qint64> byParty;
        qint64 capacity() const;
        qint64 allocatable() const;
        qint64 requested() const;
        qint64 limited() const;
        qint64 free() const;
        QList<GpuSegment> segments() const; ///< sorted by party name
    };
    const NodeRow *nodeRow(int row) const;
    int rowOf(const QString &node, const QString &cluster = {}) const;
    QList<NodeRow> rows() const { return m_rows; }
    /// Shows rows and pending pods computed elsewhere (FederationService's thread) instead of by
    /// this model's own accounting: rows that went are removed, new ones appended (the accounting
    /// only appends and removes, so the order of the rest is the same), the others reported changed.
    void setSnapshot(const QList<NodeRow> &rows, const QList<PendingGpuPod> &pending);

    /// GPU requests of non-terminated pods, per party (milli-devices; pending pods included).
    QHash<QString, qint64> requestedByParty() const;
    /// Effective GPU request of one pod (milli-devices), 0 when unknown.
    qint64 podRequest(const QString &uid, const QString &cluster = {}) const;
    QList<PendingGpuPod> pendingPods() const;

Q_SIGNALS:
    void pendingPodsChanged();

private:
    struct PodEntry {
        QString nodeKey;   ///< cluster/node, empty when it holds nothing on a node
        QString party;
        Quantities requests; ///< GPU resources only
        Quantities limits;
        qint64 total = 0;    ///< sum of GPU requests
        bool terminated = false;
        QString pendingMessage;
        QString namespace_;
        QString name;
        QString cluster;
    };

    static QString key(const QString &cluster, const QString &name) { return cluster + QLatin1Char('/') + name; }
    int ensureRow(const QString &cluster, const QString &node);
    void maybeDropRow(int row);
    void addPod(const PodEntry &e, int sign);
    void emitRowChanged(int row);
    void emitPendingPodsChanged();
    void upsertNode(const ObjectSummary &node, const QString &cluster);
    void upsertPod(const ObjectSummary &pod, const QString &cluster);
    void removePod(const QString &podKey);
    void applyConfigMap(const ObjectSummary &cm);
    gpu::TimeSlicingConfig configFor(const ObjectSummary &node) const;
    PodEntry makeEntry(const ObjectSummary &pod, const QString &cluster) const;

    PartyResolver m_partyResolver;
    bool m_resetting = false;
    int m_batchDepth = 0;
    QSet<QString> m_batchChangedRows; ///< cluster/node keys changed in the current batch
    bool m_batchPendingChanged = false;
    QList<NodeRow> m_rows;
    QHash<QString, int> m_rowIndex;
    QSet<QString> m_pendingKeys;                 ///< pods of m_pods with a pending message
    std::optional<QList<PendingGpuPod>> m_snapshotPending; ///< set by setSnapshot              ///< cluster/node -> row
    QHash<QString, ObjectSummary> m_nodeObjects; ///< cluster/node -> last Node summary (labels for config choice)
    QHash<QString, QString> m_nodeUid;           ///< cluster/uid -> node name
    QHash<QString, PodEntry> m_pods;             ///< cluster/uid -> entry
    QString m_tsNamespace, m_tsName, m_tsDefaultKey, m_tsUid;
    QHash<QString, gpu::TimeSlicingConfig> m_tsConfigs; ///< ConfigMap key -> parsed config
};

} // namespace fc
