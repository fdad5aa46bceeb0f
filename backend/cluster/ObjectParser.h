#pragma once

#include "backend/cluster/Resources.h"
#include "backend/core/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace simdjson::dom {
class element;
}

namespace fc {

/// API coordinates of a kind: group/version path prefix, plural, namespaced.
struct KindInfo {
    Kind kind;
    const char *name;      ///< "Pod"
    const char *plural;    ///< "pods"
    const char *apiPrefix; ///< "/api/v1" or "/apis/apps/v1"
    bool namespaced;
};

const KindInfo &kindInfo(Kind kind);
/// "Pod", "pods", "pod", "po" (kubectl short names) -> Kind
std::optional<Kind> kindFromName(QStringView name);
QList<Kind> allKinds();

/// Quantity string ("2", "500m", "1Gi", "1.5") -> milli-units. Invalid -> std::nullopt.
std::optional<qint64> parseQuantityMilli(QStringView quantity);

/// Parses one object (already decoded by simdjson) into its compact summary. Runs on the
/// connection's worker thread for every listed and watched object: the hot path.
ObjectSummary summarize(Kind kind, const simdjson::dom::element &object);

/// Convenience for tests and tools: one JSON object (any kind named in its "kind" field, or `kind`).
Result<ObjectSummary> parseObjectJson(const QByteArray &json, std::optional<Kind> kind = std::nullopt);

/// Multi-document YAML or JSON manifests (kubectl apply -f style; `kind: List` expanded) ->
/// summaries of the kinds we know; unknown kinds are skipped. Errors name the document and line.
Result<QList<ObjectSummary>> parseManifests(const QByteArray &yamlOrJson, const QString &fileName = {});


} // namespace fc
