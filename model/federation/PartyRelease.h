#pragma once

#include "model/federation/Federation.h"

#include <QString>

namespace fc {

class ReleaseListModel;

/// A party joined with the Helm release that installed it: the release named by its workloads'
/// meta.helm.sh annotations (Party::helmRelease) looked up in Helm's storage as ReleaseListModel
/// lists it — latest revision, status, chart, stuck flag. Empty (isEmpty()) for a party Helm did
/// not install.
struct PartyRelease {
    QString name;
    QString namespace_;
    bool listed = false;  ///< the release is in Helm's storage (false: uninstalled, or not listed yet)
    int revision = 0;
    QString status;       ///< deployed, failed, pending-upgrade, …
    QString chart;        ///< "fate-party-1.2.0"
    bool stuck = false;   ///< pending-*: locked until rolled back or uninstalled
    QString stuckMeaning; ///< StuckRelease::meaning
    QString error;        ///< the latest revision could not be decoded

    bool isEmpty() const { return name.isEmpty(); }
    /// Failed, stuck, undecodable or gone from the storage: the card highlights it.
    bool problem() const;
    /// "Helm: fate-10000 rev 2 · deployed", "Helm: x rev 3 · pending-upgrade (stuck)",
    /// "Helm: x · not in Helm's storage"; empty for a party Helm did not install.
    QString text() const;
    bool operator==(const PartyRelease &) const = default;
};

/// Joins a party with the releases of its cluster (`releases` lists that cluster's storage only;
/// nullptr: the storage is not followed, the release is named but not `listed`).
PartyRelease joinPartyRelease(const Party &party, const ReleaseListModel *releases);

} // namespace fc
