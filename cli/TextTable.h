#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace fc {

/// Rows as kubectl prints them: upper-case headers, columns padded and separated by three
/// spaces, no trailing blanks.
QString alignedTable(const QStringList &headers, const QList<QStringList> &rows);

} // namespace fc
