#pragma once

#include "backend/cluster/ClusterConnection.h"

namespace fc {

/// What a paged list asks for: the collection's objects in one namespace (or all), filtered by
/// label and field selectors, `pageSize` at a time.
struct ListOptions {
    QString namespace_;     ///< empty: all namespaces (or a cluster-scoped kind)
    QString labelSelector;
    QString fieldSelector;
    int pageSize = 500;
};

/// One page of a list (limit, continue, selectors): the request both the informers' list+watch and
/// ObjectClient::list send.
ApiRequest listPageRequest(const QString &collectionPath, const ListOptions &options, const QString &continueToken);

/// A page answer that means "the continue token expired, start the list again" (410 Gone while
/// paging with a token); any other 410 is a real error.
inline bool continueTokenExpired(int httpStatus, const QString &continueToken)
{
    return httpStatus == 410 && !continueToken.isEmpty();
}

} // namespace fc
