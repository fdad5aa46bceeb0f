#pragma once

#include "model/federation/FederationEngine.h"
#include "model/federation/PartyRelease.h"
#include "model/common/StatusLevel.h"

#include <QAbstractItemModel>
#include <QColor>
#include <QHash>
#include <QPointer>

namespace fc {

/// A health's colour (always shown with its word and icon, never alone) and its status icon.
QColor healthColor(Health health);
StatusLevel healthStatus(Health health);

/// The federations of every watched cluster as a tree: federation → parties.
///
/// Holds a FederationEngine and turns its changes into item-model signals: a pod event of an
/// existing party emits dataChanged for that party's row and its federation's row only. A full
/// recognition pass (new party, services, config maps, …) becomes row removals/insertions for
/// the federations and parties that went away or appeared, then dataChanged for the rest, so
/// views keep expansion and selection. The model resets only on resetAll() (a relist).
class FederationModel final : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column { NameColumn, FrameworkColumn, RoleColumn, ClusterColumn, NamespaceColumn, ReadyColumn, HealthColumn,
                  GpusColumn, CertExpiryColumn, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole, ///< raw value: ints, QDateTime, health as int (0 green … 2 red)
        HealthRole,              ///< fc::Health as int
        ReasonsRole,             ///< QStringList
        EvidenceRole,            ///< QStringList (parties)
        KeyRole,                 ///< federation key or party key
        IsFederationRole,        ///< bool
        EndpointsRole,           ///< QStringList of Endpoint::text()
        HelmReleaseRole,         ///< parties: PartyRelease::text() ("" when Helm did not install it)
        HelmProblemRole,         ///< parties: bool, PartyRelease::problem() (failed, stuck, gone)
    };

    explicit FederationModel(QObject *parent = nullptr);

    FederationEngine &engine() { return m_engine; }
    const FederationEngine &engine() const { return m_engine; }
    const QList<Federation> &federations() const { return m_shown; }

    void setCertExpiryLookup(CertExpiryLookup lookup) { m_engine.setCertExpiryLookup(std::move(lookup)); }
    void setClock(Clock clock) { m_engine.setClock(std::move(clock)); }

    // Incremental feed from the informers; every kind may be passed, irrelevant ones are ignored.
    void applyUpsert(const ObjectSummary &object, const QString &cluster = {});
    void applyRemove(Kind kind, const QString &uid, const QString &cluster = {});
    void resetAll(Kind kind, const QList<ObjectSummary> &objects, const QString &cluster = {});
    /// Around a watch batch: the events in between are applied to the engine, and the model's
    /// signals (and one federationsChanged) follow once, in endBatch(). Batches nest.
    void beginBatch() { m_engine.beginBatch(); }
    void endBatch() { apply(m_engine.endBatch()); }
    /// Shows federations computed elsewhere (FederationService's thread) instead of by this model's
    /// engine: rows move by key like after a full pass, values are reported as changed.
    void setFederations(const QList<Federation> &federations);
    /// Re-reads certificate expiry and re-evaluates everything (call when the certificate
    /// inventory changed, or daily for expiry windows).
    void refresh();
    /// Follows the Helm releases of one cluster (a ReleaseListModel over that cluster's Secret and
    /// ConfigMap stores; the caller owns it): parties installed by Helm are joined with their
    /// release's latest revision, status and stuck flag, and change when the release does.
    void addReleases(const QString &cluster, ReleaseListModel *releases);
    /// The release that installed a party, joined with Helm's storage (empty when none).
    PartyRelease releaseOf(const Party &party) const;

    const Federation *federationAt(const QModelIndex &index) const;
    const Party *partyAt(const QModelIndex &index) const;
    QModelIndex indexOfFederation(const QString &name) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    /// Emitted after any change of the federations (shape or values): once per event outside a
    /// batch, once per batch inside one.
    void federationsChanged();

private:
    void apply(const FederationEngine::Change &change);
    void applyShapeChange(const QList<Federation> &target);
    /// dataChanged over every party and federation row (values changed, shape unchanged).
    void emitAllChanged();
    static QStringList shapeOf(const QList<Federation> &federations);
    /// A cluster's releases changed: its Helm-installed parties' rows, once per event-loop turn.
    void releasesChanged();

    FederationEngine m_engine;
    QList<Federation> m_shown; ///< what the view sees; updated inside the model's signals
    QHash<QString, QPointer<ReleaseListModel>> m_releases; ///< cluster -> its Helm releases
    bool m_releasesChangePending = false;
};

} // namespace fc
