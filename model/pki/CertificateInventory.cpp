#include "model/pki/CertificateInventory.h"

#include "backend/pki/ChainVerifier.h"
#include "model/pki/CaStore.h"

#include <QColor>

namespace fc {

CertificateInventory::CertificateInventory(const pki::Clock &clock, QObject *parent)
    : QAbstractTableModel(parent), m_clock(clock)
{
}

void CertificateInventory::verify(Row &row) const
{
    auto r = pki::verifyChain(row.certificate, m_intermediates, m_anchors, m_clock);
    row.chainOk = r.ok();
    row.chainMessage = r.ok() ? QString() : r.error().message;
}

void CertificateInventory::setCertificates(const QList<pki::Certificate> &certificates)
{
    beginResetModel();
    m_rows.clear();
    for (const pki::Certificate &c : certificates) {
        Row row{c, c.info(), false, {}};
        verify(row);
        m_rows << row;
    }
    endResetModel();
}

void CertificateInventory::addCertificate(const pki::Certificate &certificate)
{
    Row row{certificate, certificate.info(), false, {}};
    verify(row);
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size()));
    m_rows << row;
    endInsertRows();
}

void CertificateInventory::removeCertificate(int row)
{
    if (row < 0 || row >= m_rows.size())
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
}

void CertificateInventory::setCaCertificates(const QList<pki::Certificate> &cas)
{
    m_anchors.clear();
    m_intermediates.clear();
    for (const pki::Certificate &c : cas)
        (c.info().selfSigned ? m_anchors : m_intermediates) << c;
    refresh();
}

Result<void> CertificateInventory::loadFrom(const CaStore &store)
{
    auto cas = store.list();
    if (!cas)
        return cas.error();
    auto issued = store.issued();
    if (!issued)
        return issued.error();
    QList<pki::Certificate> all;
    for (const CaStore::Entry &e : cas.value())
        all << e.certificate;
    all += issued.value();
    m_anchors.clear();
    m_intermediates.clear();
    for (const pki::Certificate &c : store.caCertificates())
        (c.info().selfSigned ? m_anchors : m_intermediates) << c;
    setCertificates(all);
    return {};
}

void CertificateInventory::refresh()
{
    for (Row &row : m_rows)
        verify(row);
    if (!m_rows.isEmpty()) // one range, not a signal per row
        Q_EMIT dataChanged(index(0, NotAfterColumn), index(int(m_rows.size()) - 1, ChainColumn));
}

void CertificateInventory::setWarningDays(int days)
{
    if (days == m_warningDays || days < 1)
        return;
    m_warningDays = days;
    refresh();
}

pki::Certificate CertificateInventory::certificateAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].certificate : pki::Certificate();
}

CertificateInventory::ExpiryState CertificateInventory::expiryState(int row) const
{
    return row >= 0 && row < m_rows.size() ? stateOf(m_rows[row]) : ExpiryState::Valid;
}

CertificateInventory::ExpiryState CertificateInventory::stateOf(const Row &row) const
{
    return expiryStateAt(row.info.notBefore, row.info.notAfter, m_clock.now(), m_warningDays);
}

QString CertificateInventory::statusText(const Row &row) const
{
    switch (stateOf(row)) {
    case ExpiryState::Expired:
        return tr("expired");
    case ExpiryState::NotYetValid:
        return tr("not yet valid");
    case ExpiryState::ExpiringSoon: {
        const qint64 days = m_clock.now().daysTo(row.info.notAfter);
        return tr("expires in %n day(s)", "certificate status", int(days));
    }
    case ExpiryState::Valid:
        break;
    }
    return tr("valid");
}

int CertificateInventory::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CertificateInventory::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CertificateInventory::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SubjectColumn: return row.info.subject;
        case IssuerColumn: return row.info.issuer;
        case SansColumn: return row.info.sans.toString();
        case SerialColumn: return row.info.serialHex;
        case NotAfterColumn: return row.info.notAfter.toString(Qt::ISODate);
        case StatusColumn: return statusText(row);
        case ChainColumn: return row.chainOk ? tr("verified") : tr("not verified");
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == ChainColumn && !row.chainOk)
            return row.chainMessage;
        return {};
    case SortRole:
        switch (index.column()) {
        case NotAfterColumn: return row.info.notAfter;
        case StatusColumn: return int(stateOf(row));
        case ChainColumn: return row.chainOk;
        default: return data(index, Qt::DisplayRole);
        }
    case StatusLevelRole:
        if (index.column() != StatusColumn)
            return {};
        return int(statusLevelOf(stateOf(row)));
    case Qt::ForegroundRole:
        if (index.column() != NotAfterColumn && index.column() != StatusColumn)
            return {};
        [[fallthrough]];
    case ExpiryColorRole:
        switch (stateOf(row)) {
        case ExpiryState::Expired: return QColor(Qt::red);
        case ExpiryState::ExpiringSoon: return QColor(0xFF, 0xBF, 0x00); // amber
        default: return {};
        }
    case ExpiryStateRole: return int(stateOf(row));
    case ChainVerifiedRole: return row.chainOk;
    case IsCaRole: return row.info.isCA;
    case FingerprintRole: return row.info.sha256Fingerprint;
    default: return {};
    }
}

QVariant CertificateInventory::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SubjectColumn: return tr("Subject");
    case IssuerColumn: return tr("Issuer");
    case SansColumn: return tr("SANs", "subject alternative names");
    case SerialColumn: return tr("Serial");
    case NotAfterColumn: return tr("Not after");
    case StatusColumn: return tr("Status");
    case ChainColumn: return tr("Chain", "certificate chain verification");
    }
    return {};
}

} // namespace fc
