#pragma once

#include "backend/helm/HelmRelease.h"
#include "model/cluster/ResourceStore.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QMap>
#include <QPointer>

#include <optional>
#include <vector>

namespace fc {

/// A release that an interrupted operation left locked (pending-install/upgrade/rollback),
/// what that means, and the way out — data for the GUI's warning and its recovery button.
struct StuckRelease {
    enum class Recovery {
        None,     ///< not stuck
        Rollback, ///< helm rollback NAME rollbackRevision
        Uninstall ///< never deployed: helm uninstall NAME (then install again)
    };
    bool stuck = false;
    QString status;          ///< the pending-* status
    QString meaning;         ///< one or two sentences a person reads first
    Recovery recovery = Recovery::None;
    int rollbackRevision = 0; ///< Rollback: the last deployed revision
    QString recoveryText;    ///< "Roll back to revision 3, the last deployed one"

    /// What `history` (all revisions of one release, any order) says: stuck when the latest
    /// revision is pending-*. Recovery per helm/helm#4558: roll back to the last deployed
    /// revision (else the last superseded one), or uninstall a release that was never deployed.
    static StuckRelease assess(const QList<HelmReleaseSummary> &history);
};

/// The cluster's Helm releases, live, without helm: one row per release (its latest revision),
/// with helm list's columns, over the informer's Secret store (and the ConfigMap store for
/// Helm's ConfigMap driver), whose helm.sh/release.v1 objects the watch worker has already
/// decoded into HelmReleaseInfo. Each release keeps all its revisions (history()); stuck
/// releases are flagged with their recovery. Rows change by ranges per store batch; the model
/// resets only when a store does.
class ReleaseListModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { NameColumn, NamespaceColumn, RevisionColumn, StatusColumn, ChartColumn, AppVersionColumn, UpdatedColumn, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole, ///< raw value: revision as int, updated as QDateTime
        NameRole,
        NamespaceRole,
        RevisionRole,
        StatusRole,              ///< Helm's status text (also for error rows: from the labels)
        StuckRole,               ///< bool
        StuckMeaningRole,        ///< StuckRelease::meaning
        RecoveryRole,            ///< StuckRelease::recoveryText
        ErrorRole,               ///< why the latest revision could not be decoded ("" when it was)
        DescriptionRole,         ///< info.description of the latest revision
    };

    explicit ReleaseListModel(QObject *parent = nullptr);

    /// Follows a store of Secrets or ConfigMaps (others are ignored); objects already in it are
    /// added at once. Several stores (one per driver, or per cluster) may feed one model.
    void addStore(ResourceStore *store);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Row of a release, -1 when there is none.
    int rowOf(const QString &namespace_, const QString &name) const;
    /// The latest revision of a row's release.
    HelmReleaseSummary latest(int row) const;
    /// Every stored revision of a row's release, oldest first.
    QList<HelmReleaseSummary> history(int row) const;
    QList<HelmReleaseSummary> history(const QString &namespace_, const QString &name) const;
    StuckRelease stuck(int row) const;
    /// Where a revision is stored (for GET of the whole revision): object name and driver.
    struct StorageRef {
        QString objectName;
        HelmStorageDriver driver = HelmStorageDriver::Secret;
    };
    std::optional<StorageRef> storageOf(const QString &namespace_, const QString &name, int revision) const;

Q_SIGNALS:
    /// A release's revisions changed (new revision, status change, removal): history views refresh.
    void releaseChanged(const QString &namespace_, const QString &name);

private:
    struct Revision {
        QString uid;
        QString objectName;
        HelmStorageDriver driver = HelmStorageDriver::Secret;
        HelmReleaseSummary summary;
    };
    struct Release {
        QString namespace_;
        QString name;
        QMap<int, Revision> revisions;
        const Revision *latest() const { return revisions.isEmpty() ? nullptr : &revisions.last(); }
    };
    struct Pending {
        QString uid;
        std::optional<Revision> revision; ///< unset: removed
    };

    static QString keyOf(const QString &namespace_, const QString &name) { return namespace_ + QLatin1Char('/') + name; }
    static std::optional<Revision> revisionOf(const ObjectSummary &object);
    void onUpserted(const ObjectSummary &object);
    void onRemoved(const ObjectSummary &object);
    void applyPending();
    void rebuild();
    QVariant display(const Release &release, int column) const;

    QList<QPointer<ResourceStore>> m_stores;
    std::vector<Release> m_rows;
    QHash<QString, int> m_rowOfKey;
    QHash<QString, QString> m_keyOfUid;
    QList<Pending> m_pending;
};

} // namespace fc
