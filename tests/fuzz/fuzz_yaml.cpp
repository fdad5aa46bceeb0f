// YAML (and JSON) → JSON object as the editors and manifest readers convert it, the syntax check
// that runs while typing, and the manifest splitter + summariser behind `-f manifests.yaml`.
#include "FuzzTarget.h"

#include "backend/cluster/ObjectParser.h"
#include "backend/cluster/YamlCodec.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray in = fc::fuzz::bytes(data, size);
    const auto object = fc::yaml::toObject(in);
    if (object)
        (void)fc::yaml::fromObject(object.value());
    const QString text = QString::fromUtf8(in);
    (void)fc::yaml::check(text, fc::yaml::guessSyntax(text));
    (void)fc::parseManifests(in, QStringLiteral("fuzz.yaml"));
    return 0;
}
