#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace fc {

/// Where Helm stored a release revision: its storage driver.
enum class HelmStorageDriver {
    Secret,    ///< the default driver: Secret of type helm.sh/release.v1
    ConfigMap, ///< HELM_DRIVER=configmap: ConfigMap labelled owner=helm
};

/// The label selector of every revision but the superseded ones (helm labels its storage objects
/// owner=helm, name, status, version): each release's latest revision, in one small list.
inline QString helmCurrentRevisionsSelector() { return QStringLiteral("owner=helm,status!=superseded"); }

/// What a live list keeps of one stored release revision: the columns of `helm list` and
/// `helm history`, nothing large (values, manifest and chart are read on demand with
/// decodeRelease). Built on the connection's worker thread from the storage object.
struct HelmReleaseSummary {
    QString name;            ///< release name
    QString namespace_;
    int revision = 0;
    QString status;          ///< deployed, failed, superseded, pending-install/upgrade/rollback, uninstalling, uninstalled, unknown
    QString chartName;
    QString chartVersion;
    QString appVersion;
    QDateTime updated;       ///< info.last_deployed (invalid when Helm did not write one)
    QDateTime firstDeployed; ///< info.first_deployed
    QString description;     ///< info.description ("Install complete", "Upgrade \"x\" failed: …")
    /// Non-empty when the stored revision could not be decoded: why, naming the object. Name,
    /// revision and status then come from the object's name and labels, so the release still
    /// shows (as an error row) instead of vanishing or crashing the list.
    QString error;

    /// "flare-0.1.0", as helm list prints the chart column.
    QString chart() const { return chartVersion.isEmpty() ? chartName : chartName + QLatin1Char('-') + chartVersion; }
    bool operator==(const HelmReleaseSummary &) const = default;
};

/// A hook of a release (pre-install Jobs and the like), as stored with it.
struct HelmHook {
    QString name;
    QString kind;
    QString path;            ///< template path in the chart: "flare/templates/pre-install-job.yaml"
    QStringList events;      ///< pre-install, post-upgrade, test…
    QString manifest;
    int weight = 0;
    QStringList deletePolicies;
    QString lastRunPhase;    ///< Succeeded, Failed, Running, Unknown; empty when it never ran
};

/// One revision of a release, decoded whole from Helm's storage.
struct HelmRelease {
    HelmReleaseSummary summary;
    QString chartDescription;
    QString chartApiVersion; ///< v1 or v2 (Chart.yaml's apiVersion)
    QString notes;           ///< rendered NOTES.txt
    QJsonObject userValues;  ///< `config`: what the user supplied (helm get values)
    QJsonObject chartValues; ///< the chart's values.yaml defaults
    QByteArray valuesSchema; ///< values.schema.json as the chart carries it; empty when none
    QString manifest;        ///< rendered objects, "---" separated (helm get manifest)
    QList<HelmHook> hooks;
    QString applyMethod;     ///< Helm 4: "ssa" or "csa"; empty for Helm 3 releases
    QDateTime deleted;       ///< info.deleted (uninstalled with --keep-history)

    /// The chart defaults with the user's values merged over them, as templates saw them
    /// (helm get values --all, without subcharts' own defaults): maps merge key by key, a
    /// user's null removes the default.
    QJsonObject computedValues() const;
};

/// Helm's rule for values: `overrides` merged over `base`, maps recursively, other values
/// replaced; a null in `overrides` deletes the key (coalesceValues in pkg/chart/util).
QJsonObject mergeValues(const QJsonObject &base, const QJsonObject &overrides);

/// Whether a status means an operation was interrupted and the release is locked for helm
/// ("another operation (install/upgrade/rollback) is in progress").
bool isPendingStatus(QStringView status);

} // namespace fc
