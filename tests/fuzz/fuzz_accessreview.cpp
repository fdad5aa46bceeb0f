// The server's answers to SelfSubjectAccessReview / SelfSubjectRulesReview (issue 14's RBAC path),
// and the rule matching done on them.
#include "FuzzTarget.h"

#include "backend/cluster/AccessReview.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray in = fc::fuzz::bytes(data, size);
    (void)fc::parseAccessReview(in);
    if (auto rules = fc::parseRulesReview(QStringLiteral("default"), in)) {
        (void)rules->allows(QStringLiteral("list"), {}, QStringLiteral("pods"));
        (void)rules->allows(QStringLiteral("get"), {}, QStringLiteral("pods"), QStringLiteral("log"));
    }
    return 0;
}
