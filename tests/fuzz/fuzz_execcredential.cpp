// What an exec credential plugin prints (its stdout is outside input: a plugin may print garbage).
#include "FuzzTarget.h"

#include "backend/cluster/Credentials.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fc::fuzz::ensureApp();
    (void)fc::parseExecCredential(fc::fuzz::bytes(data, size), QStringLiteral("fuzz-plugin"),
                                  QStringLiteral("client.authentication.k8s.io/v1"));
    return 0;
}
