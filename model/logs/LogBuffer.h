#pragma once

#include "backend/core/Result.h"
#include "backend/logs/LogLine.h"

#include <QColor>
#include <QObject>

#include <deque>

class QIODevice;

namespace fc {

/// Where lines come from: one (namespace, pod, container), with a stable prefix and colour.
struct LogSource {
    QString namespace_;
    QString pod;
    QString container;
    QString prefix;  ///< "pod/container"
    QColor colour;   ///< stable for the same (namespace, pod, container) across runs
};

/// A stable colour for a source key (same key → same colour in every run).
QColor logSourceColour(const QString &key);

/// The lines received by a viewer, oldest first, capped (default 1,000,000): when full the
/// oldest lines are dropped and counted. Text lives in large UTF-8 chunks, each line is a
/// 24-byte entry (timestamp, chunk, offset, length, source, flags), so a line costs its text
/// plus ~24 bytes. Lines are addressed by a sequence number that never changes: seq 0 is the
/// first line ever appended; firstSeq() rises as lines are dropped.
class LogBuffer final : public QObject {
    Q_OBJECT
public:
    enum Flag : quint8 { Marker = 0x1 };
    static constexpr qint64 kDefaultCapacity = 1000000;

    explicit LogBuffer(qint64 capacity = kDefaultCapacity, QObject *parent = nullptr);

    qint64 capacity() const { return m_capacity; }
    void setCapacity(qint64 capacity);

    int addSource(const QString &namespace_, const QString &pod, const QString &container);
    int sourceCount() const { return int(m_sources.size()); }
    const LogSource &source(int id) const { return m_sources[size_t(id)]; }

    /// One line per call is fine but slow; prefer appendBatch / the begin/add/end trio.
    void appendBatch(const LogBatch &batch, int source);
    void appendMarker(int source, LogTimestamp ts, const QString &text);
    /// Batched append of lines from several sources (a merged batch): one signal at end.
    void beginAppend();
    void addLine(LogTimestamp ts, QByteArrayView text, int source, quint8 flags = 0);
    void endAppend();

    qint64 firstSeq() const { return m_firstSeq; }
    qint64 endSeq() const { return m_firstSeq + qint64(m_entries.size()); }
    qint64 size() const { return qint64(m_entries.size()); }
    qint64 droppedCount() const { return m_firstSeq; }
    qint64 textBytes() const { return m_textBytes; }

    bool contains(qint64 seq) const { return seq >= m_firstSeq && seq < endSeq(); }
    QByteArrayView text(qint64 seq) const;
    LogTimestamp timestamp(qint64 seq) const { return entry(seq).ts; }
    int sourceOf(qint64 seq) const { return entry(seq).source; }
    quint8 flags(qint64 seq) const { return entry(seq).flags; }

    struct SaveOptions {
        bool timestamps = false;
        bool prefix = false;   ///< "[pod/container] " before each line
        bool markers = false;  ///< include reconnect/detach markers
    };
    /// Writes every line held (not only what a filter shows). Returns lines written.
    Result<qint64> save(QIODevice *device, const SaveOptions &options) const;
    Result<qint64> saveToFile(const QString &path, const SaveOptions &options) const;
    void clear();

Q_SIGNALS:
    /// Lines [first, first+count) were appended.
    void linesAppended(qint64 first, qint64 count);
    /// Lines below `newFirstSeq` are about to be dropped (data still readable), then are gone.
    void aboutToDropFront(qint64 newFirstSeq);
    void droppedFront(qint64 newFirstSeq);

private:
    struct Entry {
        LogTimestamp ts;
        quint32 chunk;   ///< absolute chunk number
        quint32 offset;
        quint32 length;
        quint16 source;
        quint8 flags;
    };
    const Entry &entry(qint64 seq) const { return m_entries[size_t(seq - m_firstSeq)]; }
    void trim();

    qint64 m_capacity;
    std::deque<Entry> m_entries;
    std::deque<QByteArray> m_chunks;
    quint32 m_firstChunk = 0;  ///< absolute number of m_chunks.front()
    qint64 m_firstSeq = 0;
    qint64 m_textBytes = 0;
    int m_batchDepth = 0;
    qint64 m_batchFirst = 0;
    std::vector<LogSource> m_sources;
    QHash<QString, int> m_sourceIndex;
};

} // namespace fc
