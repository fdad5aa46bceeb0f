#pragma once

#include "backend/cluster/ResourceType.h"
#include "backend/core/Result.h"

#include <QByteArray>

namespace fc::discovery {

/// Accept header for aggregated discovery (apidiscovery.k8s.io v2, v2beta1), falling back to
/// the plain lists on servers that do not serve it (Kubernetes < 1.26 or the feature off).
QByteArray aggregatedAccept();

/// True when a /api or /apis answer is an aggregated APIGroupDiscoveryList.
bool isAggregated(const QByteArray &json);

/// Every resource of an APIGroupDiscoveryList (from /api or /apis), the first (preferred)
/// version of each group only; subresources and resources without list are left out.
Result<QList<ResourceType>> parseAggregated(const QByteArray &json);

/// A group list (/apis): each group's preferred "group/version".
Result<QStringList> parsePreferredGroupVersions(const QByteArray &json);

/// One APIResourceList (/api/v1, /apis/GROUP/VERSION): its resources, subresources left out.
Result<QList<ResourceType>> parseResourceList(const QByteArray &json);

} // namespace fc::discovery
