#pragma once

#include "backend/logs/LogLine.h"

namespace fc {

/// Cuts a byte stream into lines. Chunk boundaries fall anywhere (mid-line, mid-UTF-8
/// sequence); a line spanning many chunks (1 MB and more) is assembled without rescanning.
/// With `timestamps`, each line's RFC3339Nano prefix is parsed into LogLineRef::timestamp.
class LogLineSplitter final {
public:
    explicit LogLineSplitter(bool timestamps = true) : m_timestamps(timestamps) {}

    void setTimestamps(bool on) { m_timestamps = on; }
    /// Appends the complete lines of `chunk` (plus any partial line it finishes) to `out`.
    void feed(const QByteArray &chunk, LogBatch &out);
    /// End of a stream that ended cleanly: the unterminated rest, if any, is a line too.
    void finish(LogBatch &out);
    /// Forgets an unterminated rest (a cut stream resends it after resuming).
    void reset() { m_partial.clear(); }
    qsizetype pendingBytes() const { return m_partial.size(); }

private:
    void addLine(LogBatch &out, qsizetype offset, qsizetype length) const;

    QByteArray m_partial;
    bool m_timestamps;
};

} // namespace fc
