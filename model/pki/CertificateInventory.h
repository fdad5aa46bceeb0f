#pragma once

#include "backend/pki/Certificate.h"
#include "backend/core/Result.h"
#include "backend/pki/Clock.h"
#include "model/pki/Expiry.h"

#include <QAbstractTableModel>
#include <QList>

namespace fc {

class CaStore;

/// Table of the certificates the app holds (CAs and issued ones): subject, issuer, SANs, serial,
/// not-after, status, chain check. Expiry is judged against the injected clock: expired → red,
/// expiring within warningDays() → amber. Call refresh() when time has moved on (e.g. from a daily
/// timer); it only emits dataChanged for the time-dependent columns.
class CertificateInventory final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { SubjectColumn, IssuerColumn, SansColumn, SerialColumn, NotAfterColumn, StatusColumn,
                  ChainColumn, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1, ///< raw value: QDateTime for not-after, strings otherwise
        ExpiryStateRole,             ///< int(ExpiryState)
        ExpiryColorRole,             ///< QColor, invalid when nothing to flag
        ChainVerifiedRole,           ///< bool
        IsCaRole,                    ///< bool
        FingerprintRole,             ///< SHA-256, "AB:CD:…"
    };
    using ExpiryState = fc::ExpiryState;
    /// Rows expiring within this many days are ExpiringSoon (amber); the preference sets it.
    void setWarningDays(int days);
    int warningDays() const { return m_warningDays; }

    explicit CertificateInventory(const pki::Clock &clock, QObject *parent = nullptr);

    /// Replaces the whole list (a reset).
    void setCertificates(const QList<pki::Certificate> &certificates);
    void addCertificate(const pki::Certificate &certificate);
    void removeCertificate(int row);
    /// CA certificates to verify against: self-signed ones are trust anchors, the others
    /// intermediates. Re-checks every row.
    void setCaCertificates(const QList<pki::Certificate> &cas);
    /// Shows everything the store holds (its CAs, then the certificates issued from them) and
    /// verifies against the store's CA certificates.
    Result<void> loadFrom(const CaStore &store);
    /// Re-evaluates expiry and chain status at the clock's current time.
    void refresh();

    pki::Certificate certificateAt(int row) const;
    ExpiryState expiryState(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    int m_warningDays = kDefaultCertificateWarningDays;
    struct Row {
        pki::Certificate certificate;
        pki::CertificateInfo info;
        bool chainOk = false;
        QString chainMessage;
    };
    void verify(Row &row) const;
    QString statusText(const Row &row) const;
    ExpiryState stateOf(const Row &row) const;

    const pki::Clock &m_clock;
    QList<Row> m_rows;
    QList<pki::Certificate> m_anchors;
    QList<pki::Certificate> m_intermediates;
};

} // namespace fc
