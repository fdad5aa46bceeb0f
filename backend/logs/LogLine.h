#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QMetaType>
#include <QString>

#include <vector>

namespace fc {

/// Time of a log line: nanoseconds since the Unix epoch (UTC). An integer so lines from many
/// containers order exactly and resume/dedupe compares without rounding; 0 = no timestamp.
using LogTimestamp = qint64;

/// Parses RFC3339 / RFC3339Nano ("2026-01-02T03:04:05.123456789Z", "…+02:00"); false if malformed.
bool parseLogTimestamp(QByteArrayView text, LogTimestamp *out);
/// RFC3339 with 9 fraction digits in UTC, as the kubelet prints with `timestamps=true`.
QByteArray formatLogTimestamp(LogTimestamp ts);
/// RFC3339 with whole seconds (rounded down), what the API's `sinceTime` parameter takes.
QString formatLogTimestampSeconds(LogTimestamp ts);
LogTimestamp logTimestampFromDateTime(const QDateTime &dt);
/// Millisecond precision only (QDateTime's); keep the LogTimestamp for ordering.
QDateTime logTimestampToDateTime(LogTimestamp ts);

/// Where one line of a LogBatch sits in the batch's data.
struct LogLineRef {
    LogTimestamp timestamp = 0; ///< 0 when the server sent none
    qint32 offset = 0;          ///< start of the raw line (timestamp prefix included) in LogBatch::data
    qint32 length = 0;          ///< raw line length, newline excluded
    qint32 textOffset = 0;      ///< start of the text relative to offset (after "TIMESTAMP ")
    bool terminated = true;     ///< false for a last line the stream ended without a newline
};

/// Complete lines delivered together: one shared UTF-8 buffer plus an index, so a chunk of
/// thousands of lines costs one allocation, not one per line. Text is kept as the server sent it;
/// textString() decodes (invalid UTF-8 becomes U+FFFD).
struct LogBatch {
    QByteArray data;
    std::vector<LogLineRef> lines;

    int size() const { return int(lines.size()); }
    bool isEmpty() const { return lines.empty(); }
    LogTimestamp timestamp(int i) const { return lines[size_t(i)].timestamp; }
    /// The line without its timestamp prefix.
    QByteArrayView text(int i) const
    {
        const LogLineRef &l = lines[size_t(i)];
        return QByteArrayView(data.constData() + l.offset + l.textOffset, l.length - l.textOffset);
    }
    /// The line as the server sent it (with the RFC3339Nano prefix when timestamps were requested).
    QByteArrayView rawLine(int i) const
    {
        const LogLineRef &l = lines[size_t(i)];
        return QByteArrayView(data.constData() + l.offset, l.length);
    }
    QString textString(int i) const { return QString::fromUtf8(text(i)); }
    void append(LogTimestamp ts, QByteArrayView text);
};

} // namespace fc

Q_DECLARE_METATYPE(fc::LogBatch)
