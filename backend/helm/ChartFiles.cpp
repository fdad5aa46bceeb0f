#include "backend/helm/ChartFiles.h"

#include "backend/helm/Gzip.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace fc {

namespace {

constexpr qsizetype kMaxChartTar = 64 * 1024 * 1024; // helm itself refuses charts over 20 MB compressed
constexpr qsizetype kMaxFile = 8 * 1024 * 1024;      // a values file larger than this is not typed by hand
constexpr int kBlock = 512;

/// A NUL-terminated (or full-width) field of a tar header.
QByteArray field(const char *header, int offset, int width)
{
    const char *p = header + offset;
    int n = 0;
    while (n < width && p[n] != '\0')
        ++n;
    return QByteArray(p, n);
}

/// Size fields are octal text (or base-256 for huge files, which a chart never has).
qsizetype octal(const QByteArray &text, bool *ok)
{
    const QByteArray t = text.trimmed();
    *ok = !t.isEmpty();
    qsizetype v = 0;
    for (char c : t) {
        if (c < '0' || c > '7') {
            *ok = false;
            return 0;
        }
        v = v * 8 + (c - '0');
        if (v > kMaxChartTar) {
            *ok = false;
            return 0;
        }
    }
    return v;
}

/// The "path" record of a PAX extended header ("<len> path=<value>\n" records).
QByteArray paxPath(const QByteArray &records)
{
    qsizetype pos = 0;
    while (pos < records.size()) {
        const qsizetype space = records.indexOf(' ', pos);
        if (space < 0)
            break;
        bool ok = false;
        const qsizetype len = records.mid(pos, space - pos).toLongLong(&ok);
        if (!ok || len <= 0 || pos + len > records.size())
            break;
        const QByteArray record = records.mid(space + 1, len - (space + 1 - pos) - 1); // without the '\n'
        if (record.startsWith("path="))
            return record.mid(5);
        pos += len;
    }
    return {};
}

void parseChartYaml(ChartFiles &files)
{
    // name and version are plain top-level scalars in every Chart.yaml; no YAML library needed here
    for (const QByteArray &line : files.chartYaml.split('\n')) {
        auto value = [&](const char *key) -> QString {
            const QByteArray k(key);
            if (!line.startsWith(k))
                return {};
            QByteArray v = line.mid(k.size()).trimmed();
            if (v.size() >= 2 && (v.front() == '"' || v.front() == '\'') && v.back() == v.front())
                v = v.mid(1, v.size() - 2);
            return QString::fromUtf8(v);
        };
        if (files.name.isEmpty())
            files.name = value("name:");
        if (files.version.isEmpty())
            files.version = value("version:");
    }
}

Result<QByteArray> readSmallFile(const QString &path, bool required)
{
    QFile f(path);
    if (!f.exists())
        return required ? Result<QByteArray>(makeError(QStringLiteral("%1 does not exist").arg(path))) : QByteArray();
    if (f.size() > kMaxFile)
        return makeError(QStringLiteral("%1 is larger than %2 MB").arg(path).arg(kMaxFile >> 20));
    if (!f.open(QIODevice::ReadOnly))
        return makeError(QStringLiteral("cannot read %1: %2").arg(path, f.errorString()));
    return f.readAll();
}

} // namespace

bool isLocalChart(const QString &reference)
{
    if (reference.isEmpty() || reference.startsWith(QStringLiteral("oci://")))
        return false;
    const QFileInfo info(reference);
    return info.isDir() || (info.isFile() && (reference.endsWith(QStringLiteral(".tgz")) || reference.endsWith(QStringLiteral(".tar.gz"))));
}

Result<ChartFiles> readChartArchive(const QByteArray &tgz)
{
    auto tar = gunzip(tgz, kMaxChartTar);
    if (!tar)
        return makeError(QStringLiteral("not a packaged chart: %1").arg(tar.error().message));
    const QByteArray &data = tar.value();
    ChartFiles files;
    bool sawChartYaml = false;
    QByteArray nextPath; // from a PAX or GNU long-name header, for the entry that follows
    qsizetype pos = 0;
    while (pos + kBlock <= data.size()) {
        const char *h = data.constData() + pos;
        if (h[0] == '\0')
            break; // the two zero blocks that end the archive
        bool ok = false;
        const qsizetype size = octal(field(h, 124, 12), &ok);
        if (!ok)
            return makeError(QStringLiteral("the chart archive is damaged (bad header at byte %1)").arg(pos));
        const char type = h[156];
        const qsizetype bodyAt = pos + kBlock;
        if (bodyAt + size > data.size())
            return makeError(QStringLiteral("the chart archive is truncated"));
        const QByteArray body = data.mid(bodyAt, size);
        pos = bodyAt + (size + kBlock - 1) / kBlock * kBlock;
        if (type == 'x') {
            nextPath = paxPath(body);
            continue;
        }
        if (type == 'L') {
            nextPath = field(body.constData(), 0, int(body.size()));
            continue;
        }
        QByteArray path = nextPath;
        nextPath.clear();
        if (path.isEmpty()) {
            const QByteArray prefix = field(h, 345, 155);
            path = field(h, 0, 100);
            if (!prefix.isEmpty() && field(h, 257, 6).startsWith("ustar"))
                path = prefix + '/' + path;
        }
        if (type != '0' && type != '\0')
            continue; // folders, links, global headers
        // "<chart>/values.yaml": exactly one folder level, the top-level chart
        const qsizetype slash = path.indexOf('/');
        if (slash <= 0 || path.indexOf('/', slash + 1) >= 0)
            continue;
        const QByteArray name = path.mid(slash + 1);
        if (name == "Chart.yaml") {
            files.chartYaml = body;
            sawChartYaml = true;
        } else if (name == "values.yaml") {
            files.valuesYaml = body;
        } else if (name == "values.schema.json") {
            files.valuesSchema = body;
        }
    }
    if (!sawChartYaml)
        return makeError(QStringLiteral("the archive holds no Chart.yaml in a top-level folder: not a Helm chart"));
    parseChartYaml(files);
    return files;
}

Result<ChartFiles> readChartFiles(const QString &reference)
{
    const QFileInfo info(reference);
    if (info.isDir()) {
        const QDir dir(reference);
        ChartFiles files;
        auto chart = readSmallFile(dir.filePath(QStringLiteral("Chart.yaml")), true);
        if (!chart)
            return makeError(QStringLiteral("not a Helm chart: %1").arg(chart.error().message));
        files.chartYaml = chart.value();
        auto values = readSmallFile(dir.filePath(QStringLiteral("values.yaml")), false);
        if (!values)
            return values.error();
        files.valuesYaml = values.value();
        auto schema = readSmallFile(dir.filePath(QStringLiteral("values.schema.json")), false);
        if (!schema)
            return schema.error();
        files.valuesSchema = schema.value();
        parseChartYaml(files);
        return files;
    }
    if (!info.isFile())
        return makeError(QStringLiteral("%1 is neither a chart folder nor a packaged chart").arg(reference));
    QFile f(reference);
    if (f.size() > kMaxChartTar)
        return makeError(QStringLiteral("%1 is larger than %2 MB").arg(reference).arg(kMaxChartTar >> 20));
    if (!f.open(QIODevice::ReadOnly))
        return makeError(QStringLiteral("cannot read %1: %2").arg(reference, f.errorString()));
    auto files = readChartArchive(f.readAll());
    if (!files)
        return makeError(QStringLiteral("%1: %2").arg(reference, files.error().message));
    return files;
}

} // namespace fc
