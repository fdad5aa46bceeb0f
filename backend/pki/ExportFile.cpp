#include "backend/pki/ExportFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace fc::pki {

namespace {

QString errnoText()
{
    return QString::fromLocal8Bit(strerror(errno));
}

/// Creates path exclusively with mode, writes data, fsyncs. Mode is set at open time so a key
/// file is never readable by others, not even for an instant.
Result<void> writeNew(const QString &path, const QByteArray &data, int mode)
{
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode_t(mode));
    if (fd < 0) {
        Error e = makeError(QStringLiteral("cannot create file: ") + errnoText());
        e.file = path;
        return e;
    }
    ::fchmod(fd, mode_t(mode)); // umask may have narrowed or we want exactly this
    qsizetype done = 0;
    while (done < data.size()) {
        const ssize_t n = ::write(fd, data.constData() + done, size_t(data.size() - done));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            Error e = makeError(QStringLiteral("cannot write file: ") + errnoText());
            e.file = path;
            ::close(fd);
            ::unlink(native.constData());
            return e;
        }
        done += n;
    }
    if (::fsync(fd) != 0 || ::close(fd) != 0) {
        Error e = makeError(QStringLiteral("cannot write file: ") + errnoText());
        e.file = path;
        ::unlink(native.constData());
        return e;
    }
    return {};
}

QString tempNameFor(const QString &dir, const QString &name)
{
    return dir + QStringLiteral("/.") + name + QStringLiteral(".tmp-")
        + QString::number(QRandomGenerator::system()->generate64(), 16);
}

} // namespace

Result<void> writeExportFiles(const QString &directory, const QList<ExportFile> &files)
{
    if (files.isEmpty())
        return makeError(QStringLiteral("nothing to export"));
    for (const ExportFile &f : files) {
        if (f.name.isEmpty() || f.name.contains(QLatin1Char('/')) || f.name.startsWith(QLatin1Char('.'))) {
            Error e = makeError(QStringLiteral("invalid export file name \"%1\"").arg(f.name));
            e.file = directory;
            return e;
        }
    }
    QDir dir(directory);
    if (!dir.exists()) {
        if (!QDir().mkpath(directory)) {
            Error e = makeError(QStringLiteral("cannot create directory"));
            e.file = directory;
            return e;
        }
        QFile::setPermissions(directory, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    const QString abs = dir.absolutePath();
    // anything that would make a rename fail half-way is refused before the first byte is written
    for (const ExportFile &f : files) {
        const QFileInfo target(abs + QLatin1Char('/') + f.name);
        if (target.exists() && (target.isDir() || !target.isWritable())) {
            Error e = makeError(target.isDir() ? QStringLiteral("a directory is in the way")
                                               : QStringLiteral("existing file is not writable"));
            e.file = target.filePath();
            return e;
        }
    }
    QStringList temps;
    auto rollback = [&] {
        for (const QString &t : std::as_const(temps))
            ::unlink(QFile::encodeName(t).constData());
    };
    for (const ExportFile &f : files) {
        const QString tmp = tempNameFor(abs, f.name);
        if (auto w = writeNew(tmp, f.data, f.mode); !w) {
            rollback();
            return w.error();
        }
        temps << tmp;
    }
    for (qsizetype i = 0; i < files.size(); ++i) {
        const QString target = abs + QLatin1Char('/') + files[i].name;
        if (std::rename(QFile::encodeName(temps[i]).constData(), QFile::encodeName(target).constData()) != 0) {
            Error e = makeError(QStringLiteral("cannot move file into place: ") + errnoText());
            e.file = target;
            rollback(); // the files renamed so far stay; the rest are removed
            return e;
        }
    }
    return {};
}

Result<void> writeFileAtomically(const QString &path, const QByteArray &data, int mode)
{
    const QFileInfo fi(path);
    const QString tmp = tempNameFor(fi.absolutePath(), fi.fileName());
    if (auto w = writeNew(tmp, data, mode); !w)
        return w;
    if (std::rename(QFile::encodeName(tmp).constData(), QFile::encodeName(fi.absoluteFilePath()).constData()) != 0) {
        Error e = makeError(QStringLiteral("cannot move file into place: ") + errnoText());
        e.file = path;
        ::unlink(QFile::encodeName(tmp).constData());
        return e;
    }
    return {};
}

} // namespace fc::pki
