#include "backend/helm/ReleaseDecoder.h"

#include "backend/core/Rfc3339.h"
#include "backend/helm/Gzip.h"

#include <simdjson.h>
#include <zlib.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

#include <algorithm>
#include <array>

namespace fc {

namespace {

constexpr qsizetype kMaxReleaseJson = 256 * 1024 * 1024; // a gzip bomb stops here, not in the allocator

constexpr std::array<qint8, 256> kBase64Values = [] {
    std::array<qint8, 256> t{};
    t.fill(-1);
    const char *alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    for (int i = 0; i < 64; ++i)
        t[size_t(uchar(alphabet[i]))] = qint8(i);
    return t;
}();

/// Standard padded base64 without line breaks, as Kubernetes and Helm write it. Four times as
/// fast as QByteArray::fromBase64Encoding, and it runs twice for every stored revision the
/// watch lists (measured: 1000 revisions spent ~40 ms of the worker's time in Qt's decoder).
Result<QByteArray> fromBase64(QByteArrayView text, const char *what)
{
    auto fail = [what] { return makeError(QStringLiteral("%1 is not base64").arg(QLatin1String(what))); };
    const qsizetype n = text.size();
    if (n % 4 != 0)
        return fail();
    const auto *in = reinterpret_cast<const uchar *>(text.data());
    QByteArray out(n / 4 * 3, Qt::Uninitialized);
    auto *o = reinterpret_cast<uchar *>(out.data());
    qsizetype written = 0;
    for (qsizetype i = 0; i < n; i += 4) {
        const int a = kBase64Values[in[i]], b = kBase64Values[in[i + 1]];
        const int c = kBase64Values[in[i + 2]], d = kBase64Values[in[i + 3]];
        if ((a | b | c | d) >= 0) {
            o[written++] = uchar(a << 2 | b >> 4);
            o[written++] = uchar(b << 4 | c >> 2);
            o[written++] = uchar(c << 6 | d);
            continue;
        }
        // only the last group may carry padding: "xx==" or "xxx="
        if (i + 4 != n || a < 0 || b < 0)
            return fail();
        if (in[i + 2] == '=' && in[i + 3] == '=') {
            o[written++] = uchar(a << 2 | b >> 4);
        } else if (c >= 0 && in[i + 3] == '=') {
            o[written++] = uchar(a << 2 | b >> 4);
            o[written++] = uchar(b << 4 | c >> 2);
        } else {
            return fail();
        }
    }
    out.truncate(written);
    return out;
}

bool hasGzipMagic(const QByteArray &data)
{
    return data.size() >= 3 && uchar(data[0]) == 0x1f && uchar(data[1]) == 0x8b && uchar(data[2]) == 0x08;
}




QString toQString(std::string_view s) { return QString::fromUtf8(s.data(), qsizetype(s.size())); }

template<typename J>
std::string_view sv(const J &r)
{
    std::string_view v;
    if (r.get_string().get(v) != simdjson::SUCCESS)
        return {};
    return v;
}

QString jsonString(const QJsonObject &o, QLatin1StringView key) { return o.value(key).toString(); }

QDateTime jsonTime(const QJsonObject &o, QLatin1StringView key)
{
    return parseRfc3339(o.value(key).toString().toStdString());
}

QStringList stringList(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &e : v.toArray())
        out.append(e.toString());
    return out;
}

/// Fills what a storage object's name and labels tell, for an error row.
HelmReleaseSummary fromNameAndLabels(const HelmStorageObject &object)
{
    HelmReleaseSummary s;
    const auto parsed = parseHelmStorageName(object.objectName);
    s.name = !object.labelName.isEmpty() ? object.labelName : parsed ? parsed->release : object.objectName;
    s.namespace_ = object.namespace_;
    bool ok = false;
    s.revision = object.labelVersion.toInt(&ok);
    if (!ok)
        s.revision = parsed ? parsed->revision : 0;
    s.status = object.labelStatus.isEmpty() ? QStringLiteral("unknown") : object.labelStatus;
    return s;
}

} // namespace

Result<QByteArray> gunzip(const QByteArray &data, qsizetype limit)
{
    z_stream zs{};
    if (inflateInit2(&zs, 15 + 16) != Z_OK) // 15 + 16: a gzip header, not zlib's
        return makeError(QStringLiteral("cannot start gzip decompression"));
    QByteArray out;
    // gzip's trailer holds the uncompressed size modulo 2^32: one allocation in the usual case
    qsizetype expected = 0;
    if (data.size() >= 18) {
        const auto *t = reinterpret_cast<const uchar *>(data.constData() + data.size() - 4);
        expected = qsizetype(quint32(t[0]) | quint32(t[1]) << 8 | quint32(t[2]) << 16 | quint32(t[3]) << 24);
    }
    out.resize(std::clamp<qsizetype>(expected, 1024, limit));
    zs.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    zs.avail_in = uInt(data.size());
    int rc = Z_OK;
    qsizetype produced = 0;
    while (rc != Z_STREAM_END) {
        if (produced == out.size()) {
            if (out.size() >= limit) {
                inflateEnd(&zs);
                return makeError(QStringLiteral("larger than %1 MB uncompressed").arg(limit >> 20));
            }
            out.resize(std::min(out.size() * 2, limit));
        }
        zs.next_out = reinterpret_cast<Bytef *>(out.data() + produced);
        zs.avail_out = uInt(out.size() - produced);
        rc = inflate(&zs, Z_NO_FLUSH);
        produced = out.size() - qsizetype(zs.avail_out);
        if (rc == Z_BUF_ERROR && zs.avail_in == 0) {
            inflateEnd(&zs);
            return makeError(QStringLiteral("gzip data is truncated"));
        }
        if (rc != Z_OK && rc != Z_STREAM_END && rc != Z_BUF_ERROR) {
            const QString why = zs.msg ? QString::fromLatin1(zs.msg) : QString::number(rc);
            inflateEnd(&zs);
            return makeError(QStringLiteral("gzip data is damaged (%1)").arg(why));
        }
    }
    inflateEnd(&zs);
    out.resize(produced);
    return out;
}

QJsonObject mergeValues(const QJsonObject &base, const QJsonObject &overrides)
{
    QJsonObject out = base;
    for (auto it = overrides.constBegin(); it != overrides.constEnd(); ++it) {
        if (it.value().isNull()) {
            out.remove(it.key());
            continue;
        }
        const QJsonValue current = out.value(it.key());
        if (it.value().isObject() && current.isObject())
            out.insert(it.key(), mergeValues(current.toObject(), it.value().toObject()));
        else
            out.insert(it.key(), it.value());
    }
    return out;
}

QJsonObject HelmRelease::computedValues() const { return mergeValues(chartValues, userValues); }

bool isPendingStatus(QStringView status)
{
    return status == u"pending-install" || status == u"pending-upgrade" || status == u"pending-rollback";
}


std::optional<HelmStorageName> parseHelmStorageName(QStringView objectName)
{
    static constexpr QLatin1StringView prefix("sh.helm.release.v1.");
    if (!objectName.startsWith(prefix))
        return std::nullopt;
    const qsizetype dot = objectName.lastIndexOf(u".v");
    if (dot <= prefix.size())
        return std::nullopt;
    bool ok = false;
    const int revision = objectName.mid(dot + 2).toInt(&ok);
    if (!ok || revision <= 0)
        return std::nullopt;
    return HelmStorageName{objectName.mid(prefix.size(), dot - prefix.size()).toString(), revision};
}

QString HelmStorageObject::describe() const
{
    const QString kind = driver == HelmStorageDriver::Secret ? QStringLiteral("Secret") : QStringLiteral("ConfigMap");
    if (namespace_.isEmpty())
        return kind + QLatin1Char(' ') + objectName;
    return kind + QLatin1Char(' ') + namespace_ + QLatin1Char('/') + objectName;
}

Result<QByteArray> ReleaseDecoder::releaseJson(QByteArrayView storedValue, HelmStorageDriver driver)
{
    if (storedValue.isEmpty())
        return makeError(QStringLiteral("data.release is empty"));
    auto once = fromBase64(storedValue, "data.release");
    if (!once)
        return once.error();
    QByteArray payload = std::move(once).value();
    if (driver == HelmStorageDriver::Secret) {
        // the API's base64 of Secret data, then Helm's own
        auto twice = fromBase64(payload, "data.release (decoded once)");
        if (!twice)
            return twice.error();
        payload = std::move(twice).value();
    }
    if (!hasGzipMagic(payload))
        return payload; // Helm reads payloads without the magic as the JSON itself
    return gunzip(payload, kMaxReleaseJson);
}

HelmReleaseSummary ReleaseDecoder::summarize(std::string_view storedValue, const HelmStorageObject &object)
{
    auto fail = [&](const QString &why) {
        HelmReleaseSummary s = fromNameAndLabels(object);
        s.error = object.describe() + QStringLiteral(": ") + why;
        return s;
    };
    const auto json = releaseJson(QByteArrayView(storedValue.data(), qsizetype(storedValue.size())), object.driver);
    if (!json)
        return fail(json.error().message);
    // A parser of its own: the caller (ObjectParser on the watch worker) is still reading the
    // outer document from its parser.
    thread_local simdjson::dom::parser parser;
    simdjson::dom::element doc;
    if (const auto err = parser.parse(json->constData(), size_t(json->size())).get(doc))
        return fail(QStringLiteral("release JSON is invalid: %1").arg(QString::fromUtf8(simdjson::error_message(err))));
    simdjson::dom::object root;
    if (doc.get_object().get(root) != simdjson::SUCCESS)
        return fail(QStringLiteral("release JSON is not an object"));
    HelmReleaseSummary s;
    s.name = toQString(sv(doc["name"]));
    s.namespace_ = toQString(sv(doc["namespace"]));
    if (s.namespace_.isEmpty())
        s.namespace_ = object.namespace_;
    int64_t version = 0;
    if (doc["version"].get_int64().get(version) != simdjson::SUCCESS || version <= 0 || s.name.isEmpty())
        return fail(QStringLiteral("release JSON has no name or version"));
    s.revision = int(version);
    const auto info = doc["info"];
    s.status = toQString(sv(info["status"]));
    s.updated = parseRfc3339(sv(info["last_deployed"]));
    s.firstDeployed = parseRfc3339(sv(info["first_deployed"]));
    s.description = toQString(sv(info["description"]));
    const auto md = doc["chart"]["metadata"];
    s.chartName = toQString(sv(md["name"]));
    s.chartVersion = toQString(sv(md["version"]));
    s.appVersion = toQString(sv(md["appVersion"]));
    return s;
}

Result<HelmRelease> ReleaseDecoder::decodeJson(const QByteArray &json)
{
    QJsonParseError perr{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &perr);
    if (perr.error != QJsonParseError::NoError)
        return makeError(QStringLiteral("release JSON is invalid at offset %1: %2").arg(perr.offset).arg(perr.errorString()));
    if (!doc.isObject())
        return makeError(QStringLiteral("release JSON is not an object"));
    const QJsonObject root = doc.object();
    HelmRelease r;
    HelmReleaseSummary &s = r.summary;
    s.name = jsonString(root, QLatin1StringView("name"));
    s.namespace_ = jsonString(root, QLatin1StringView("namespace"));
    s.revision = root.value(QLatin1StringView("version")).toInt();
    if (s.name.isEmpty() || s.revision <= 0)
        return makeError(QStringLiteral("release JSON has no name or version"));
    const QJsonObject info = root.value(QLatin1StringView("info")).toObject();
    s.status = jsonString(info, QLatin1StringView("status"));
    s.updated = jsonTime(info, QLatin1StringView("last_deployed"));
    s.firstDeployed = jsonTime(info, QLatin1StringView("first_deployed"));
    s.description = jsonString(info, QLatin1StringView("description"));
    r.deleted = jsonTime(info, QLatin1StringView("deleted"));
    r.notes = jsonString(info, QLatin1StringView("notes"));
    const QJsonObject chart = root.value(QLatin1StringView("chart")).toObject();
    const QJsonObject md = chart.value(QLatin1StringView("metadata")).toObject();
    s.chartName = jsonString(md, QLatin1StringView("name"));
    s.chartVersion = jsonString(md, QLatin1StringView("version"));
    s.appVersion = jsonString(md, QLatin1StringView("appVersion"));
    r.chartDescription = jsonString(md, QLatin1StringView("description"));
    r.chartApiVersion = jsonString(md, QLatin1StringView("apiVersion"));
    r.chartValues = chart.value(QLatin1StringView("values")).toObject();
    // Go marshals []byte as base64
    const QString schema = jsonString(chart, QLatin1StringView("schema"));
    if (!schema.isEmpty()) {
        auto decoded = QByteArray::fromBase64Encoding(schema.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (decoded.decodingStatus != QByteArray::Base64DecodingStatus::Ok)
            return makeError(QStringLiteral("chart.schema is not base64"), QStringLiteral("chart.schema"));
        r.valuesSchema = std::move(decoded.decoded);
    }
    r.userValues = root.value(QLatin1StringView("config")).toObject();
    r.manifest = jsonString(root, QLatin1StringView("manifest"));
    r.applyMethod = jsonString(root, QLatin1StringView("apply_method"));
    for (const QJsonValue &hv : root.value(QLatin1StringView("hooks")).toArray()) {
        const QJsonObject h = hv.toObject();
        HelmHook hook;
        hook.name = jsonString(h, QLatin1StringView("name"));
        hook.kind = jsonString(h, QLatin1StringView("kind"));
        hook.path = jsonString(h, QLatin1StringView("path"));
        hook.manifest = jsonString(h, QLatin1StringView("manifest"));
        hook.events = stringList(h.value(QLatin1StringView("events")));
        hook.weight = h.value(QLatin1StringView("weight")).toInt();
        hook.deletePolicies = stringList(h.value(QLatin1StringView("delete_policies")));
        hook.lastRunPhase = h.value(QLatin1StringView("last_run")).toObject().value(QLatin1StringView("phase")).toString();
        r.hooks.append(hook);
    }
    return r;
}

Result<HelmRelease> ReleaseDecoder::decodeObject(const QJsonObject &object)
{
    const QJsonObject md = object.value(QLatin1StringView("metadata")).toObject();
    HelmStorageObject storage;
    storage.objectName = jsonString(md, QLatin1StringView("name"));
    storage.namespace_ = jsonString(md, QLatin1StringView("namespace"));
    const QString kind = jsonString(object, QLatin1StringView("kind"));
    const QString type = jsonString(object, QLatin1StringView("type"));
    if (kind == u"ConfigMap") {
        storage.driver = HelmStorageDriver::ConfigMap;
    } else if (kind == u"Secret" || type == kHelmReleaseSecretType) {
        storage.driver = HelmStorageDriver::Secret;
    } else {
        Error e = makeError(QStringLiteral("%1 %2 is not Helm release storage").arg(kind, storage.objectName));
        return e;
    }
    auto fail = [&](const Error &why) {
        Error e = why;
        e.message = storage.describe() + QStringLiteral(": ") + why.message;
        return e;
    };
    const QJsonValue value = object.value(QLatin1StringView("data")).toObject().value(QLatin1StringView("release"));
    if (!value.isString())
        return fail(makeError(QStringLiteral("no data.release")));
    const QByteArray stored = value.toString().toLatin1();
    const auto json = releaseJson(stored, storage.driver);
    if (!json)
        return fail(json.error());
    auto release = decodeJson(json.value());
    if (!release)
        return fail(release.error());
    if (release->summary.namespace_.isEmpty())
        release->summary.namespace_ = storage.namespace_;
    return release;
}

} // namespace fc
