#include "model/federation/PartyRelease.h"

#include "model/helm/ReleaseListModel.h"

#include <QCoreApplication>

namespace fc {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fc::PartyRelease)
};
} // namespace

bool PartyRelease::problem() const
{
    if (isEmpty())
        return false;
    return !listed || stuck || status == u"failed" || !error.isEmpty();
}

QString PartyRelease::text() const
{
    if (isEmpty())
        return {};
    if (!listed)
        return Tr::tr("Helm: %1 \u00b7 not in Helm's storage").arg(name);
    QString out = Tr::tr("Helm: %1 rev %2 \u00b7 %3").arg(name).arg(revision).arg(status);
    if (stuck)
        out += Tr::tr(" (stuck)");
    else if (!error.isEmpty())
        out += Tr::tr(" (unreadable)");
    return out;
}

PartyRelease joinPartyRelease(const Party &party, const ReleaseListModel *releases)
{
    PartyRelease r;
    if (party.helmRelease.isEmpty())
        return r;
    r.name = party.helmRelease;
    r.namespace_ = party.helmReleaseNamespace.isEmpty() ? party.namespace_ : party.helmReleaseNamespace;
    const int row = releases ? releases->rowOf(r.namespace_, r.name) : -1;
    if (row < 0)
        return r;
    const HelmReleaseSummary latest = releases->latest(row);
    const StuckRelease stuck = releases->stuck(row);
    r.listed = true;
    r.revision = latest.revision;
    r.status = latest.status;
    r.chart = latest.chart();
    r.stuck = stuck.stuck;
    r.stuckMeaning = stuck.meaning;
    r.error = latest.error;
    return r;
}

} // namespace fc
