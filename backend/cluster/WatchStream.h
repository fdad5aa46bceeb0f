#pragma once

#include "backend/cluster/Resources.h"

#include <QByteArray>
#include <QString>

#include <functional>

namespace simdjson::dom {
class element;
class parser;
}

namespace fc {

/// One event of a watch response: a line {"type": "ADDED"|"MODIFIED"|"DELETED"|"BOOKMARK"|"ERROR",
/// "object": {...}}.
struct WatchEvent {
    enum class Type { Upsert, Deleted, Bookmark, Error };
    Type type = Type::Upsert;
    QString resourceVersion; ///< the object's metadata.resourceVersion (not for errors)
    ObjectSummary object;    ///< Upsert: summarised as the watched kind
    QString uid;             ///< Deleted
    qint64 code = 0;         ///< Error: the Status's code (410: the resourceVersion is too old)
    QString message;         ///< Error
};

/// The framing of a watch response body, which arrives in chunks cut anywhere: appended to
/// `buffer`, every complete line is decoded (a line that is not a JSON event with an object is
/// skipped) and handed to `sink`; the incomplete last line stays in `buffer` for the next chunk.
/// When `sink` returns false (the watch restarts) decoding stops at once, `buffer` untouched, and
/// this returns false. `parser` is the caller's (one per connection: its memory is reused).
bool decodeWatchLines(QByteArray &buffer, Kind kind, simdjson::dom::parser &parser,
                      const std::function<bool(WatchEvent &&)> &sink);

/// The string at `a` (or `a`.`b`) of a JSON object, "" when absent or not a string (the list
/// page's metadata.continue and resourceVersion, an event's fields).
QString jsonString(const simdjson::dom::element &object, const char *a, const char *b = nullptr);

} // namespace fc
