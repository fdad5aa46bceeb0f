#pragma once

#include "model/pki/Expiry.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace fc {

class CertificateInventory;
class ClusterCertificateModel;

/// Certificates that need attention now: expired, or expiring within the warning window — of the
/// local store and of the open clusters' Secrets. What the Certificates tab's badge and the daily
/// desktop notification say.
struct ExpirySummary {
    int expiring = 0;
    int expired = 0;
    QStringList items; ///< "site-1 (local store) expires 2026-12-20", "fate-9999/eggroll-certs tls.crt (cluster x) expired 2026-12-01"

    int count() const { return expiring + expired; }
    void add(const ExpirySummary &other);
    /// "2 certificates expire within 30 days, 1 has expired" (translated, plurals).
    QString headline(int warningDays) const;
};

ExpirySummary summarize(const CertificateInventory &local);
ExpirySummary summarize(const ClusterCertificateModel &cluster, const QString &clusterName);

/// The desktop notification is shown at most once per calendar day, and only when something needs
/// attention: true when `summary` is not empty and `lastNotified` is not `today`.
bool notificationDue(const ExpirySummary &summary, const QDate &today, const QDate &lastNotified);

} // namespace fc
