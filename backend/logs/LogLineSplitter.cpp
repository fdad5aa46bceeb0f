#include "backend/logs/LogLineSplitter.h"

#include <cstring>

namespace fc {

void LogLineSplitter::addLine(LogBatch &out, qsizetype offset, qsizetype length) const
{
    LogLineRef ref;
    ref.offset = qint32(offset);
    ref.length = qint32(length);
    if (m_timestamps) {
        const char *p = out.data.constData() + offset;
        const void *sp = std::memchr(p, ' ', size_t(std::min<qsizetype>(length, 40)));
        if (sp) {
            const qsizetype tsLen = static_cast<const char *>(sp) - p;
            if (parseLogTimestamp(QByteArrayView(p, tsLen), &ref.timestamp))
                ref.textOffset = qint32(tsLen + 1);
        } else if (length <= 40 && parseLogTimestamp(QByteArrayView(p, length), &ref.timestamp)) {
            ref.textOffset = qint32(length); // empty line: the prefix alone
        }
    }
    out.lines.push_back(ref);
}

void LogLineSplitter::feed(const QByteArray &chunk, LogBatch &out)
{
    const char *begin = chunk.constData();
    const qsizetype n = chunk.size();
    const char *nl = static_cast<const char *>(std::memchr(begin, '\n', size_t(n)));
    if (!nl) {
        m_partial.append(chunk);
        return;
    }
    qsizetype pos = 0;
    if (!m_partial.isEmpty()) {
        // finish the pending line first
        m_partial.append(begin, nl - begin);
        const qsizetype off = out.data.size();
        out.data.append(m_partial);
        addLine(out, off, m_partial.size());
        m_partial.clear();
        pos = (nl - begin) + 1;
    }
    // the remaining complete lines
    const char *lastNl = static_cast<const char *>(memrchr(begin + pos, '\n', size_t(n - pos)));
    if (lastNl) {
        const qsizetype end = (lastNl - begin) + 1; // bytes [pos, end) are whole lines
        qsizetype base;
        if (out.data.isEmpty() && pos == 0) {
            out.data = chunk; // shared, no copy; the tail after the last newline is simply not indexed
            base = 0;
        } else {
            base = out.data.size() - pos;
            out.data.append(begin + pos, end - pos);
        }
        const char *p = begin + pos;
        const char *stop = begin + end;
        while (p < stop) {
            const char *e = static_cast<const char *>(std::memchr(p, '\n', size_t(stop - p)));
            addLine(out, base + (p - begin), e - p);
            p = e + 1;
        }
        pos = end;
    }
    if (pos < n)
        m_partial.append(begin + pos, n - pos);
}

void LogLineSplitter::finish(LogBatch &out)
{
    if (m_partial.isEmpty())
        return;
    const qsizetype off = out.data.size();
    out.data.append(m_partial);
    addLine(out, off, m_partial.size());
    out.lines.back().terminated = false;
    m_partial.clear();
}

} // namespace fc
