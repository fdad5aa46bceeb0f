#include "backend/cluster/ListRequest.h"

namespace fc {

ApiRequest listPageRequest(const QString &collectionPath, const ListOptions &options, const QString &continueToken)
{
    ApiRequest r;
    r.path = collectionPath;
    r.query.addQueryItem(QStringLiteral("limit"), QString::number(options.pageSize));
    if (!continueToken.isEmpty())
        r.query.addQueryItem(QStringLiteral("continue"), continueToken);
    if (!options.labelSelector.isEmpty())
        r.query.addQueryItem(QStringLiteral("labelSelector"), options.labelSelector);
    if (!options.fieldSelector.isEmpty())
        r.query.addQueryItem(QStringLiteral("fieldSelector"), options.fieldSelector);
    r.timeoutMs = 60000;
    return r;
}

} // namespace fc
