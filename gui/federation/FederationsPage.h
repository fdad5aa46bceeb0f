#pragma once

#include "model/federation/PartyChart.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QToolButton;
class QTimer;
class QTableView;
class QTextBrowser;
class QTreeView;

namespace fc {

class FederationGraph;
class FederationModel;
class FederationService;
class GpuModel;
class Informer;
class ReleaseListModel;
struct Party;

/// Federations and GPUs of the open clusters: a tree of federations → parties with health and
/// the evidence behind each recognition, the selected federation as a graph of party cards, and
/// the GPU table with a bar per node stacked by party. Fed incrementally by the informers; the
/// certificate expiry of each party's secret is read on demand. Parties Helm installed show
/// their release (revision, status, stuck) from each cluster's Helm storage, with a way to open
/// it in the Helm releases page; "Install a party chart…" asks for the install dialog prefilled
/// for a new party of the chosen framework (the main window opens it).
class FederationsPage final : public QWidget {
    Q_OBJECT
public:
    explicit FederationsPage(QWidget *parent = nullptr);
    ~FederationsPage() override;

    /// Adds a cluster's informer as a source (parties often live in different clusters).
    void addInformer(Informer *informer);
    /// A cluster the user closed: its parties and GPU rows leave the views.
    void removeInformer(Informer *informer);
    FederationModel *federationModel() const { return m_federations; }
    GpuModel *gpuModel() const { return m_gpus; }
    QWidget *gpuPage() const { return m_gpuPage; }
    FederationGraph *graph() const { return m_graph; }

    /// The party selected in the tree (nullptr: a federation or nothing).
    const Party *selectedParty() const;
    /// Asks for the selected party's Helm release (openReleaseRequested); false when it has none.
    bool openSelectedRelease();
    /// Asks for the install dialog of a new `framework` party, planned against the selected
    /// federation when it is one of that framework, else the first such federation (or none).
    void installPartyChart(Framework framework);

Q_SIGNALS:
    /// Show this release in the Helm releases page (`cluster`: the context the party is in).
    void openReleaseRequested(const QString &cluster, const QString &namespace_, const QString &name);
    /// Open the install dialog with this plan, in `cluster` (empty: the current context).
    void installPartyChartRequested(const fc::PartyChartPlan &plan, const QString &cluster);

protected:
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showSelected();
    void updateHiddenNotes();
    void fetchCertificates();
    /// The models changed: the views catch up once, shortly after, and only while shown (a hidden
    /// page catches up when it is shown) — never per event.
    void scheduleViewUpdate();
    void updateFederationView();
    void updateGpuView();
    /// The federation selected in the tree (or the first), nullptr when there is none.
    const Federation *selectedFederation() const;

    FederationService *m_service;
    FederationModel *m_federations;
    GpuModel *m_gpus;
    QTreeView *m_tree;
    FederationGraph *m_graph;
    QTextBrowser *m_details;
    QToolButton *m_installChart;
    QPushButton *m_openRelease;
    QPointer<QWidget> m_gpuPage; ///< shown by the main window in its own tab, which then owns it
    QTableView *m_gpuTable;
    QLabel *m_hiddenLabel = nullptr;    ///< what the role hides from the federation view
    QLabel *m_gpuHiddenLabel = nullptr; ///< the same for the GPU view
    QListWidget *m_pendingList; ///< pods the scheduler cannot place for lack of GPUs
    QList<QPointer<Informer>> m_informers;
    QHash<QString, QPointer<ReleaseListModel>> m_releaseModels; ///< cluster -> its Helm releases
    QHash<QString, QDateTime> m_certExpiry; ///< cluster/ns/secret -> notAfter (invalid: none)
    QSet<QString> m_certPending;
    QTimer *m_viewTimer;
    bool m_federationViewStale = true;
    bool m_gpuViewStale = true;
    bool m_federationShapeChanged = true; ///< rows came or went: expand and size the tree's columns
    bool m_gpuShapeChanged = true;
};

} // namespace fc
