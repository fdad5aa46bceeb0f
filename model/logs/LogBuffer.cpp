#include "model/logs/LogBuffer.h"

#include <algorithm>

#include <QFile>
#include <QSaveFile>

namespace fc {

namespace {
constexpr qsizetype kChunkBytes = 1 << 20;
}

namespace {
// readable on light and dark backgrounds
constexpr QRgb kSourcePalette[] = {0x1f77b4, 0xd62728, 0x2ca02c, 0x9467bd, 0xff7f0e, 0x17becf,
                                   0x8c564b, 0xe377c2, 0x7f7f7f, 0xbcbd22, 0x3366cc, 0x109618};
constexpr size_t kPaletteSize = sizeof kSourcePalette / sizeof kSourcePalette[0];

size_t paletteSlot(const QString &key)
{
    quint32 h = 2166136261u; // FNV-1a over UTF-16 units: independent of QHash's per-process seed
    for (QChar c : key) {
        h ^= c.unicode();
        h *= 16777619u;
    }
    return h % kPaletteSize;
}
} // namespace

QColor logSourceColour(const QString &key)
{
    return QColor::fromRgb(kSourcePalette[paletteSlot(key)]);
}

LogBuffer::LogBuffer(qint64 capacity, QObject *parent) : QObject(parent), m_capacity(std::max<qint64>(1, capacity)) {}

void LogBuffer::setCapacity(qint64 capacity)
{
    m_capacity = std::max<qint64>(1, capacity);
    trim();
}

int LogBuffer::addSource(const QString &namespace_, const QString &pod, const QString &container)
{
    const QString key = namespace_ + QLatin1Char('/') + pod + QLatin1Char('/') + container;
    auto it = m_sourceIndex.constFind(key);
    if (it != m_sourceIndex.constEnd())
        return it.value();
    LogSource s;
    s.namespace_ = namespace_;
    s.pod = pod;
    s.container = container;
    s.prefix = container.isEmpty() ? pod : pod + QLatin1Char('/') + container;
    // the key's own colour unless another source of this buffer has it already: then the next
    // free one in the palette (a hash alone gave two of five FLARE pods the same colour), so the
    // same sources opened in the same order get the same colours every time
    const size_t preferred = paletteSlot(key);
    size_t slot = preferred;
    for (size_t step = 0; step < kPaletteSize; ++step) {
        const QRgb candidate = kSourcePalette[(preferred + step) % kPaletteSize];
        const bool taken = std::any_of(m_sources.cbegin(), m_sources.cend(),
                                       [&](const LogSource &other) { return other.colour.rgb() == (0xff000000u | candidate); });
        if (!taken) {
            slot = (preferred + step) % kPaletteSize;
            break;
        }
    }
    s.colour = QColor::fromRgb(kSourcePalette[slot]);
    m_sources.push_back(std::move(s));
    const int id = int(m_sources.size()) - 1;
    m_sourceIndex.insert(key, id);
    return id;
}

void LogBuffer::beginAppend()
{
    if (m_batchDepth++ == 0)
        m_batchFirst = endSeq();
}

void LogBuffer::addLine(LogTimestamp ts, QByteArrayView text, int source, quint8 flags)
{
    const qsizetype len = text.size();
    if (m_chunks.empty() || m_chunks.back().size() + len > m_chunks.back().capacity()) {
        if (!m_chunks.empty())
            m_chunks.back().squeeze();
        QByteArray chunk;
        chunk.reserve(std::max(kChunkBytes, len));
        m_chunks.push_back(std::move(chunk));
    }
    QByteArray &c = m_chunks.back();
    Entry e;
    e.ts = ts;
    e.chunk = m_firstChunk + quint32(m_chunks.size() - 1);
    e.offset = quint32(c.size());
    e.length = quint32(len);
    e.source = quint16(source);
    e.flags = flags;
    c.append(text.data(), len);
    m_textBytes += len;
    m_entries.push_back(e);
}

void LogBuffer::endAppend()
{
    if (--m_batchDepth > 0)
        return;
    const qint64 count = endSeq() - m_batchFirst;
    if (count > 0)
        Q_EMIT linesAppended(m_batchFirst, count);
    trim();
}

void LogBuffer::appendBatch(const LogBatch &batch, int source)
{
    beginAppend();
    for (int i = 0; i < batch.size(); ++i)
        addLine(batch.timestamp(i), batch.text(i), source);
    endAppend();
}

void LogBuffer::appendMarker(int source, LogTimestamp ts, const QString &text)
{
    beginAppend();
    addLine(ts, text.toUtf8(), source, Marker);
    endAppend();
}

void LogBuffer::trim()
{
    if (qint64(m_entries.size()) <= m_capacity)
        return;
    const qint64 newFirst = endSeq() - m_capacity;
    Q_EMIT aboutToDropFront(newFirst);
    const qint64 n = newFirst - m_firstSeq;
    for (qint64 i = 0; i < n; ++i) {
        m_textBytes -= m_entries.front().length;
        m_entries.pop_front();
    }
    m_firstSeq = newFirst;
    const quint32 keepFrom = m_entries.empty() ? m_firstChunk + quint32(m_chunks.size()) - 1 : m_entries.front().chunk;
    while (m_firstChunk < keepFrom && m_chunks.size() > 1) {
        m_chunks.pop_front();
        ++m_firstChunk;
    }
    Q_EMIT droppedFront(newFirst);
}

QByteArrayView LogBuffer::text(qint64 seq) const
{
    const Entry &e = entry(seq);
    const QByteArray &c = m_chunks[e.chunk - m_firstChunk];
    return QByteArrayView(c.constData() + e.offset, e.length);
}

Result<qint64> LogBuffer::save(QIODevice *device, const SaveOptions &options) const
{
    QByteArray out;
    out.reserve(1 << 20);
    qint64 written = 0;
    for (qint64 seq = m_firstSeq; seq < endSeq(); ++seq) {
        const Entry &e = entry(seq);
        if ((e.flags & Marker) && !options.markers)
            continue;
        if (options.prefix && e.source < m_sources.size())
            out += '[' + m_sources[e.source].prefix.toUtf8() + "] ";
        if (options.timestamps && e.ts)
            out += formatLogTimestamp(e.ts) + ' ';
        out += text(seq);
        out += '\n';
        ++written;
        if (out.size() > (1 << 20)) {
            if (device->write(out) != out.size())
                return makeError(tr("cannot write: %1").arg(device->errorString()));
            out.clear();
        }
    }
    if (!out.isEmpty() && device->write(out) != out.size())
        return makeError(tr("cannot write: %1").arg(device->errorString()));
    return written;
}

Result<qint64> LogBuffer::saveToFile(const QString &path, const SaveOptions &options) const
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly)) {
        Error e = makeError(tr("cannot open for writing: %1").arg(f.errorString()));
        e.file = path;
        return e;
    }
    auto r = save(&f, options);
    if (!r) {
        Error e = r.error();
        e.file = path;
        return e;
    }
    if (!f.commit()) {
        Error e = makeError(tr("cannot write: %1").arg(f.errorString()));
        e.file = path;
        return e;
    }
    return r;
}

void LogBuffer::clear()
{
    if (m_entries.empty())
        return;
    const qint64 newFirst = endSeq();
    Q_EMIT aboutToDropFront(newFirst);
    m_entries.clear();
    m_chunks.clear();
    m_firstChunk = 0;
    m_firstSeq = newFirst;
    m_textBytes = 0;
    Q_EMIT droppedFront(newFirst);
}

} // namespace fc
