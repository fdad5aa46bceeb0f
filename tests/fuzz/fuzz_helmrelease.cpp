// Helm release storage decoding: the stored value (base64 of gzip of JSON, base64 again for
// Secrets) of both drivers, the summary read on the watch path, and the release JSON itself.
#include "FuzzTarget.h"

#include "backend/helm/ReleaseDecoder.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray in = fc::fuzz::bytes(data, size);
    for (fc::HelmStorageDriver driver : {fc::HelmStorageDriver::Secret, fc::HelmStorageDriver::ConfigMap}) {
        if (auto json = fc::ReleaseDecoder::releaseJson(in, driver))
            (void)fc::ReleaseDecoder::decodeJson(json.value());
        fc::HelmStorageObject object;
        object.driver = driver;
        object.objectName = QStringLiteral("sh.helm.release.v1.fuzz.v1");
        (void)fc::ReleaseDecoder::summarize(std::string_view(in.constData(), size_t(in.size())), object);
    }
    (void)fc::ReleaseDecoder::decodeJson(in);
    (void)fc::parseHelmStorageName(QString::fromUtf8(in));
    return 0;
}
