#pragma once

#include "backend/core/Result.h"
#include "backend/helm/HelmRelease.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>
#include <QString>

#include <optional>
#include <string_view>

namespace fc {

/// The Secret type Helm's default storage driver writes.
inline constexpr QLatin1StringView kHelmReleaseSecretType("helm.sh/release.v1");

/// Name and revision read off a storage object's name, "sh.helm.release.v1.NAME.vREV".
struct HelmStorageName {
    QString release;
    int revision = 0;
};
std::optional<HelmStorageName> parseHelmStorageName(QStringView objectName);

/// What identifies a storage object besides its payload: used to name it in errors and to
/// fill an error row from its name and labels when the payload cannot be read.
struct HelmStorageObject {
    HelmStorageDriver driver = HelmStorageDriver::Secret;
    QString objectName;      ///< sh.helm.release.v1.NAME.vREV
    QString namespace_;
    QString labelName;       ///< labels name/status/version that Helm writes beside the payload
    QString labelStatus;
    QString labelVersion;

    /// "Secret ns/sh.helm.release.v1.x.v3"
    QString describe() const;
};

/// Decodes Helm's release storage: a Secret's data.release (base64 of gzip of JSON; read through
/// the API it is base64 again) or a ConfigMap's (base64 once). Helm 3 and Helm 4 write the same
/// format; Helm 3 writes unset times as "" and Helm 4 leaves them out: both read as an invalid
/// QDateTime. Data without the gzip magic is taken as the JSON itself. Nothing here throws or
/// aborts on bad input: a damaged object is an Error naming it.
class ReleaseDecoder {
public:
    /// The release JSON from data.release as the API returns it.
    static Result<QByteArray> releaseJson(QByteArrayView storedValue, HelmStorageDriver driver);

    /// The compact summary of one stored revision. Runs on the connection's worker thread for
    /// every helm Secret/ConfigMap listed or watched, so it reads only the fields it needs.
    /// Never fails: an undecodable object gives a summary with `error` set and what its name
    /// and labels tell.
    static HelmReleaseSummary summarize(std::string_view storedValue, const HelmStorageObject &object);

    /// A whole revision from its JSON (the chart's templates and files are skipped).
    static Result<HelmRelease> decodeJson(const QByteArray &json);

    /// A whole revision from a storage object as the API returns it (a Secret or a ConfigMap,
    /// e.g. ObjectClient's KubeObject::json); run it on the worker (ObjectClient::getAs).
    static Result<HelmRelease> decodeObject(const QJsonObject &object);
};

} // namespace fc
