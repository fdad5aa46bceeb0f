// The object summariser: JSON of any kind (simdjson on the watch path), for every built-in kind
// and as a kind it does not know.
#include "FuzzTarget.h"

#include "backend/cluster/ObjectParser.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray in = fc::fuzz::bytes(data, size);
    (void)fc::parseObjectJson(in);
    for (fc::Kind kind : fc::allKinds())
        (void)fc::parseObjectJson(in, kind);
    return 0;
}
