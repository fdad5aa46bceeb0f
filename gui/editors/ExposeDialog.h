#pragma once

#include "model/editors/ExposeOperation.h"
#include "model/federation/Federation.h"

#include <QDialog>

#include <memory>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTimer;

namespace fc {

class ClusterConnection;
class ObjectClient;

/// "Expose through ingress": pick a Service and its TCP ports; a dry run shows what the TCP map
/// and the ingress controller will look like (both diffs, checked by the server); after the
/// user confirms, the two writes run (editors::ExposeOperation: map first, the controller after
/// it, the map put back if the controller refuses), then the controller's rollout is followed
/// until its pods run the new ports. "Remove exposure" does the inverse the same way. What the
/// cluster's ingress does not allow (Traefik, no TCP map) is said in words, nothing is written.
class ExposeDialog final : public QDialog {
    Q_OBJECT
public:
    ExposeDialog(ClusterConnection *connection, const QString &serviceNamespace, const QString &service, QWidget *parent = nullptr);
    ~ExposeDialog() override;

    /// The Services of recognised federations to offer first (FLARE's overseer and servers of
    /// this cluster): a pick fills the Service and ticks its ports.
    void setPartyServices(const QList<PartyService> &services);
    /// Picks one of those (index into the list given); what the "Federation party" box does.
    void choosePartyService(int index);
    /// The names offered for the namespace and Service fields (from the live Service list).
    QStringList offeredNamespaces() const;
    QStringList offeredServices() const;

    void setIngressNamespace(const QString &namespace_);
    void setUnexpose(bool unexpose);
    /// The Service's TCP ports the user ticked (all of them when none is ticked).
    QList<int> checkedPorts() const;
    void setCheckedPorts(const QList<int> &ports);
    /// Dry run of the current choice; previewFinished() reports it.
    void preview();
    /// Writes what the last preview showed, after the confirmation (tests answer it beforehand).
    void apply();
    void setConfirmAnswerForTest(bool yes) { m_confirmForTest = yes ? 1 : 0; }

    bool portsLoaded() const { return m_portsLoaded; }
    bool busy() const;
    bool canApply() const;
    QString statusText() const;
    QString tcpMapDiff() const;
    QString controllerDiff() const;
    QString rolloutText() const;
    bool rolloutFinished() const { return m_rolloutDone; }

Q_SIGNALS:
    void previewFinished(bool ok);
    void applyFinished(bool ok);

private:
    void loadPorts();
    /// Lists the cluster's Services (all namespaces, else the typed one) for the pickers.
    void loadServices();
    void updateServiceCompleter();
    void run(bool dryRun);
    void showOutcome(const Result<editors::ExposeOperation::Outcome> &result, bool dryRun);
    void invalidatePreview();
    void followRollout();
    void pollRollout();
    void updateButtons();
    editors::ExposeOperation::Request request(bool dryRun) const;

    ClusterConnection *m_connection;
    std::unique_ptr<ObjectClient> m_client;
    editors::ExposeOperation *m_operation = nullptr;
    QFormLayout *m_form = nullptr;
    QComboBox *m_party = nullptr;          ///< "Federation party": PartyService picks, hidden when none
    QList<PartyService> m_partyServices;
    QList<int> m_portsToTick;              ///< the ports of a picked party Service, ticked once loaded
    QHash<QString, QStringList> m_servicesByNamespace; ///< the live Service names
    QLineEdit *m_serviceNamespace = nullptr;
    QLineEdit *m_service = nullptr;
    QLineEdit *m_ingressNamespace = nullptr;
    QComboBox *m_mode = nullptr;
    QListWidget *m_ports = nullptr;
    QLabel *m_status = nullptr;
    QTabWidget *m_tabs = nullptr;
    QPlainTextEdit *m_mapDiff = nullptr;
    QPlainTextEdit *m_controllerDiff = nullptr;
    QLabel *m_rollout = nullptr;
    QPushButton *m_previewButton = nullptr;
    QPushButton *m_applyButton = nullptr;
    QTimer *m_portsTimer = nullptr;
    QTimer *m_rolloutTimer = nullptr;
    bool m_portsLoaded = false;
    bool m_previewOk = false; ///< the last dry run of exactly these inputs succeeded and has something to write
    bool m_rolloutDone = false;
    int m_confirmForTest = -1;
    int m_pollsLeft = 0;
    bool m_pollInFlight = false;
    editors::IngressDetection m_ingress;
};

} // namespace fc
