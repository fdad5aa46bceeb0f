#pragma once

#include "backend/core/Result.h"

#include <QByteArray>

namespace fc {

/// Inflates gzip data (Helm's release payloads, chart .tgz files). Stops with an error past
/// `limit` bytes of output, so a gzip bomb ends here and not in the allocator; truncated or
/// damaged input is an error too.
Result<QByteArray> gunzip(const QByteArray &data, qsizetype limit);

} // namespace fc
