#pragma once

#include "backend/core/Result.h"

#include <QByteArray>
#include <QString>

namespace fc {

/// What the install/upgrade dialog reads from a chart before helm runs: the chart's default values
/// and its values.schema.json, so the user's values are checked while typing and diffed against the
/// defaults. Only the top-level chart's files (subcharts' own values are helm's business).
struct ChartFiles {
    QString name;        ///< Chart.yaml's name (empty when Chart.yaml lacks one)
    QString version;     ///< Chart.yaml's version
    QByteArray chartYaml;
    QByteArray valuesYaml;   ///< empty when the chart has no values.yaml
    QByteArray valuesSchema; ///< empty when the chart has no values.schema.json
};

/// True for a reference the dialog can read locally: an existing directory or a .tgz/.tar.gz file.
/// Repository ("repo/chart") and OCI ("oci://…") references are read by helm itself.
bool isLocalChart(const QString &reference);

/// Reads a chart directory (holding Chart.yaml) or a packaged chart (gzip'd tar, as `helm package`
/// writes: PAX headers, one top-level folder). Errors name the file and what is wrong with it.
Result<ChartFiles> readChartFiles(const QString &reference);

/// The files of a packaged chart already in memory (exposed for tests of damaged archives).
Result<ChartFiles> readChartArchive(const QByteArray &tgz);

} // namespace fc
