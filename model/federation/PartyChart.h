#pragma once

#include "model/federation/Federation.h"

#include <QString>

namespace fc {

/// What "Install a party chart…" prefills for a new party: the release name and namespace the
/// framework's deployment guide uses, what chart is expected (the user picks it), and a values
/// YAML skeleton with the keys that framework's chart needs, filled from the federation where it
/// already says (director address, ports, the other parties). Keys follow the charts FedConsole
/// is tested with (tests/charts: FLARE's HelmChartBuilder chart, FedLCM's openfl-envoy, a
/// KubeFATE party) and the guides those come from.
struct PartyChartPlan {
    Framework framework = Framework::Custom;
    QString party;      ///< FLARE site / OpenFL envoy name / FATE party id
    QString release;    ///< FLARE: the site; OpenFL: the envoy; FATE: fate-<partyId>
    QString namespace_; ///< flare-<site>, openfl-<envoy>, fate-<partyId>
    QString chartHint;  ///< placeholder of the chart field: which chart is expected
    QString valuesYaml;
    bool isEmpty() const { return release.isEmpty(); }
};

/// A party name the federation does not use yet: "site-N" (FLARE), "envoy-N" (OpenFL), the next
/// party id (FATE, 10000 for a new federation). `federation` may be nullptr.
QString suggestPartyName(Framework framework, const Federation *federation);

/// The plan for installing `party` into `federation` (nullptr: a first party, the guides'
/// defaults). Framework::Custom has no chart: an empty plan.
PartyChartPlan planPartyChart(Framework framework, const QString &party, const Federation *federation);

} // namespace fc
