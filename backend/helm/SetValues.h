#pragma once

#include "backend/core/Result.h"

#include <QJsonObject>
#include <QStringList>

namespace fc {

/// Helm's `--set` grammar (pkg/strvals), so that what a user types in the --set rows is part of
/// the values the dialog checks against values.schema.json and diffs, as helm will see them.
/// One row may hold several assignments separated by commas ("a=1,b.c=2"; "\," and "\." are a
/// literal comma and dot); a key is a dotted path whose parts may index lists ("hosts[0].name");
/// a value may be a list ("{a,b}"). Typed as helm types them: true/false, null (removes the key
/// when merged), integers without leading zeros; everything else, floats included, is a string.
/// With `asString` (--set-string) every value is a string.
///
/// Applies `rows` over `base` in order (helm applies --set after the values files) and returns
/// the result, or an Error naming the row and what is wrong with it.
Result<QJsonObject> applySetRows(const QJsonObject &base, const QStringList &rows, bool asString = false);

} // namespace fc
