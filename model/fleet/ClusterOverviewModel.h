#pragma once

#include "backend/cluster/ClusterConnection.h"
#include "model/federation/Federation.h"
#include "model/gpu/GpuModel.h"
#include "model/pki/ExpiryWatch.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QPointer>

#include <functional>

class QTimer;

namespace fc {

class Informer;

/// The cluster overview: one row per context of the merged kubeconfig, open or not. An open
/// context's row follows its connection (connecting / reachable with the server's version /
/// unauthorized / unreachable with the reason and the next attempt counted down) and its
/// informer's node and pod stores; the federation and GPU views' results and the certificate
/// expiry watch give the rest. A context can be pinned (opened at start).
class ClusterOverviewModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        ContextColumn,
        StateColumn,
        VersionColumn,
        NodesColumn,
        PodsColumn,
        GpusColumn,
        FederationsColumn,
        CertificatesColumn,
        ServerColumn,
        ColumnCount
    };
    enum Role {
        ContextRole = Qt::UserRole + 1, ///< the context's name
        OpenRole,                       ///< bool
        PinnedRole,                     ///< bool
        StateNameRole,                  ///< "not open", "connecting", "reachable", "unauthorized", "unreachable", "reconnecting", "invalid" (tests, scripts)
    };

    /// One kubeconfig context as the file gives it; `problem` when it cannot be used (the
    /// kubeconfig's own error: file, line, field).
    struct ContextEntry {
        QString name;
        QString server;
        QString problem;
    };
    /// What an open context's connection and stores say now.
    struct Live {
        ConnectionState state = ConnectionState::Connecting;
        QString detail;       ///< the reason with the state (unauthorized, unreachable)
        QDateTime nextRetry;  ///< when the next attempt is due (invalid: none waiting)
        QString version;      ///< the server's version once it answered
        int nodes = -1;       ///< -1: not listed yet
        int pods = -1;
        QString nodesHidden;  ///< the server's refusal when the user may not list nodes
        QString podsHidden;   ///< … pods anywhere ("from 2 namespaces" when only some)
        bool operator==(const Live &) const = default;
    };

    explicit ClusterOverviewModel(QObject *parent = nullptr);
    ~ClusterOverviewModel() override;

    void setContexts(const QList<ContextEntry> &contexts);
    /// Rows follow `informer` (its connection and its node and pod stores) until detach().
    void attach(Informer *informer);
    void detach(const QString &context);
    /// The live values of an open context (what attach() feeds; tests give them directly): the
    /// row counts as open from then on.
    void setLive(const QString &context, const Live &live);
    void setPinned(const QStringList &contexts);
    QStringList pinned() const;
    /// Federation names per cluster (a federation across clusters is named in each of its rows).
    void setFederations(const QList<Federation> &federations);
    /// GPU totals per cluster from the GPU view's rows: held and allocatable.
    void setGpus(const QList<GpuModel::NodeRow> &rows);
    /// Certificates expiring or expired in one context's Secrets; `error` when they could not be
    /// read (then the column says so instead of "none expiring").
    void setCertificateWarnings(const QString &context, const ExpirySummary &summary, const QString &error = {});
    /// The countdown's clock (tests).
    void setClock(std::function<QDateTime()> clock) { m_now = std::move(clock); }

    int rowOf(const QString &context) const;
    QString contextAt(int row) const;
    bool isOpen(const QString &context) const;
    /// "3 contexts: 1 reachable, 1 unauthorized, 1 unreachable" — the line above the table.
    QString summary() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    /// The context column's check box pins a context (pinnedChanged follows).
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    /// The user pinned or unpinned a context (the check box); the contexts pinned now.
    void pinnedChanged(const QStringList &pinned);

private:
    struct Row {
        ContextEntry entry;
        bool open = false;
        bool pinned = false;
        Live live;
        QPointer<Informer> informer;
        QList<QMetaObject::Connection> connections;
        qint64 gpusHeld = 0;        ///< milli-devices
        qint64 gpusAllocatable = 0;
        bool gpuNodes = false;      ///< any GPU row (else "none")
        QStringList federations;
        ExpirySummary certificates;
        bool certificatesKnown = false;
        QString certificatesError;
    };
    QString stateName(const Row &r) const;
    QString stateText(const Row &r) const;
    void changed(int row, int firstColumn = 0, int lastColumn = ColumnCount - 1);
    void readStores(const QString &context);
    void scheduleRead(const QString &context);
    void updateCountdown();

    QList<Row> m_rows;
    QSet<QString> m_readPending;
    QTimer *m_readTimer;
    QTimer *m_countdown;
    std::function<QDateTime()> m_now;
};

} // namespace fc
