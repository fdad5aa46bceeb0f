#include "model/pki/ExpiryWatch.h"

#include "model/pki/CertificateInventory.h"
#include "model/pki/ClusterCertificateModel.h"

#include <QCoreApplication>

namespace fc {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fc::ExpiryWatch)
};

void note(ExpirySummary &s, ExpiryState state, const QString &what, const QDateTime &notAfter)
{
    const QString date = notAfter.date().toString(Qt::ISODate);
    if (state == ExpiryState::Expired) {
        ++s.expired;
        s.items << Tr::tr("%1 expired on %2").arg(what, date);
    } else if (state == ExpiryState::ExpiringSoon) {
        ++s.expiring;
        s.items << Tr::tr("%1 expires on %2").arg(what, date);
    }
}
} // namespace

void ExpirySummary::add(const ExpirySummary &other)
{
    expiring += other.expiring;
    expired += other.expired;
    items += other.items;
}

QString ExpirySummary::headline(int warningDays) const
{
    QStringList parts;
    if (expiring)
        parts << Tr::tr("%n certificate(s) expire within %1 days", nullptr, expiring).arg(warningDays);
    if (expired)
        parts << Tr::tr("%n certificate(s) have expired", nullptr, expired);
    return parts.join(QStringLiteral("; "));
}

ExpirySummary summarize(const CertificateInventory &local)
{
    ExpirySummary s;
    for (int row = 0; row < local.rowCount(); ++row) {
        const pki::Certificate c = local.certificateAt(row);
        note(s, local.expiryState(row), Tr::tr("%1 (local store)").arg(c.info().subjectName.commonName), c.info().notAfter);
    }
    return s;
}

ExpirySummary summarize(const ClusterCertificateModel &cluster, const QString &clusterName)
{
    ExpirySummary s;
    for (int row = 0; row < cluster.rowCount(); ++row) {
        const ClusterCertificateEntry *e = cluster.entryAt(row);
        if (!e)
            continue;
        note(s, cluster.expiryState(row), Tr::tr("%1/%2 %3 (cluster %4)").arg(e->namespace_, e->secretName, e->key, clusterName),
             e->info.notAfter);
    }
    return s;
}

bool notificationDue(const ExpirySummary &summary, const QDate &today, const QDate &lastNotified)
{
    return summary.count() > 0 && lastNotified != today;
}

} // namespace fc
