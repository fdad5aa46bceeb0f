#include "backend/cluster/WatchStream.h"

#include "backend/cluster/ObjectParser.h"

#include <simdjson.h>

#include <optional>

namespace fc {

namespace {

std::optional<WatchEvent> decodeEvent(Kind kind, simdjson::dom::parser &parser, const char *data, size_t len)
{
    simdjson::dom::element ev;
    if (parser.parse(data, len).get(ev) != simdjson::SUCCESS)
        return std::nullopt; // newline framing tears no line: this is garbage, not half an event
    simdjson::dom::element obj;
    if (ev["object"].get(obj) != simdjson::SUCCESS)
        return std::nullopt;
    std::string_view type;
    if (ev["type"].get_string().get(type) != simdjson::SUCCESS)
        type = {};
    WatchEvent out;
    if (type == "ERROR") {
        out.type = WatchEvent::Type::Error;
        int64_t code = 0;
        if (obj["code"].get_int64().get(code) == simdjson::SUCCESS)
            out.code = code;
        out.message = jsonString(obj, "message");
        return out;
    }
    out.resourceVersion = jsonString(obj, "metadata", "resourceVersion");
    if (type == "BOOKMARK") {
        out.type = WatchEvent::Type::Bookmark;
    } else if (type == "DELETED") {
        out.type = WatchEvent::Type::Deleted;
        out.uid = jsonString(obj, "metadata", "uid");
    } else {
        out.type = WatchEvent::Type::Upsert;
        out.object = summarize(kind, obj);
    }
    return out;
}

} // namespace

QString jsonString(const simdjson::dom::element &object, const char *a, const char *b)
{
    std::string_view out;
    auto r = object[a];
    if (b)
        r = r[b];
    if (r.get_string().get(out) != simdjson::SUCCESS)
        return {};
    return QString::fromUtf8(out.data(), qsizetype(out.size()));
}

bool decodeWatchLines(QByteArray &buffer, Kind kind, simdjson::dom::parser &parser,
                      const std::function<bool(WatchEvent &&)> &sink)
{
    qsizetype start = 0;
    for (;;) {
        const qsizetype nl = buffer.indexOf('\n', start);
        if (nl < 0)
            break;
        if (nl > start) {
            std::optional<WatchEvent> event = decodeEvent(kind, parser, buffer.constData() + start, size_t(nl - start));
            if (event && !sink(std::move(*event)))
                return false;
        }
        start = nl + 1;
    }
    buffer.remove(0, start);
    return true;
}

} // namespace fc
