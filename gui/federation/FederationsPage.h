#pragma once

#include <QHash>
#include <QPointer>
#include <QWidget>

class QListWidget;
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

/// Federations and GPUs of the open clusters: a tree of federations → parties with health and
/// the evidence behind each recognition, the selected federation as a graph of party cards, and
/// the GPU table with a bar per node stacked by party. Fed incrementally by the informers; the
/// certificate expiry of each party's secret is read on demand.
class FederationsPage final : public QWidget {
    Q_OBJECT
public:
    explicit FederationsPage(QWidget *parent = nullptr);
    ~FederationsPage() override;

    /// Adds a cluster's informer as a source (parties often live in different clusters).
    void addInformer(Informer *informer);
    FederationModel *federationModel() const { return m_federations; }
    GpuModel *gpuModel() const { return m_gpus; }
    QWidget *gpuPage() const { return m_gpuPage; }

protected:
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showSelected();
    void fetchCertificates();
    /// The models changed: the views catch up once, shortly after, and only while shown (a hidden
    /// page catches up when it is shown) — never per event.
    void scheduleViewUpdate();
    void updateFederationView();
    void updateGpuView();

    FederationService *m_service;
    FederationModel *m_federations;
    GpuModel *m_gpus;
    QTreeView *m_tree;
    FederationGraph *m_graph;
    QTextBrowser *m_details;
    QPointer<QWidget> m_gpuPage; ///< shown by the main window in its own tab, which then owns it
    QTableView *m_gpuTable;
    QListWidget *m_pendingList; ///< pods the scheduler cannot place for lack of GPUs
    QList<QPointer<Informer>> m_informers;
    QHash<QString, QDateTime> m_certExpiry; ///< cluster/ns/secret -> notAfter (invalid: none)
    QSet<QString> m_certPending;
    QTimer *m_viewTimer;
    bool m_federationViewStale = true;
    bool m_gpuViewStale = true;
    bool m_federationShapeChanged = true; ///< rows came or went: expand and size the tree's columns
    bool m_gpuShapeChanged = true;
};

} // namespace fc
