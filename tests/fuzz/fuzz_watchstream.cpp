// The watch-stream framing (decodeWatchLines): newline-delimited JSON events cut into chunks
// anywhere. Differential: the events decoded from the input fed in chunks (size picked by the
// first byte) must be exactly those decoded from it fed whole; an ERROR 410 stops decoding as the
// connection does (the watch restarts).
#include "FuzzTarget.h"

#include "backend/cluster/WatchStream.h"

#include <simdjson.h>

#include <cstdlib>

namespace {

QStringList decode(const QByteArray &in, qsizetype chunk, simdjson::dom::parser &parser)
{
    QStringList events;
    QByteArray buffer;
    bool stopped = false;
    for (qsizetype at = 0; at < in.size() && !stopped; at += chunk) {
        buffer += in.mid(at, chunk);
        stopped = !fc::decodeWatchLines(buffer, fc::Kind::Pod, parser, [&events](fc::WatchEvent &&e) {
            events << QStringLiteral("%1|%2|%3|%4|%5|%6")
                          .arg(int(e.type))
                          .arg(e.resourceVersion, e.uid, e.object.uid, e.object.name)
                          .arg(e.code);
            return !(e.type == fc::WatchEvent::Type::Error && e.code == 410);
        });
    }
    return events;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray in = fc::fuzz::bytes(data, size);
    static simdjson::dom::parser parser;
    const qsizetype chunk = in.isEmpty() ? 1 : 1 + (uchar(in.at(0)) % 97);
    const QStringList whole = decode(in, qMax<qsizetype>(in.size(), 1), parser);
    const QStringList chunked = decode(in, chunk, parser);
    if (whole != chunked)
        std::abort(); // framing must not depend on where the network cut the stream
    return 0;
}
