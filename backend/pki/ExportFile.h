#pragma once

#include "backend/core/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace fc::pki {

/// One file of an export: name relative to the target directory, bytes, and POSIX mode
/// (0600 for anything holding a private key, 0644 otherwise).
struct ExportFile {
    QString name;
    QByteArray data;
    int mode = 0644;
};

/// Writes every file into directory (created 0700 if missing), all or nothing: each file goes to a
/// temporary name with its final mode first, then all are renamed into place. On any error the
/// temporaries are removed and no target file is touched.
Result<void> writeExportFiles(const QString &directory, const QList<ExportFile> &files);

/// Writes one file the same way (temporary name, then rename).
Result<void> writeFileAtomically(const QString &path, const QByteArray &data, int mode);

} // namespace fc::pki
