// Log line splitting of a followed stream cut into chunks anywhere, with CRI/RFC 3339 timestamps.
#include "FuzzTarget.h"

#include "backend/logs/LogLine.h"
#include "backend/logs/LogLineSplitter.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray in = fc::fuzz::bytes(data, size);
    fc::LogTimestamp ts{};
    if (fc::parseLogTimestamp(QByteArrayView(in).first(std::min<qsizetype>(in.size(), 40)), &ts))
        (void)fc::formatLogTimestamp(ts);
    for (bool timestamps : {true, false}) {
        fc::LogLineSplitter splitter;
        splitter.setTimestamps(timestamps);
        fc::LogBatch batch;
        // the first byte picks the chunk size: streams arrive cut at any byte
        const qsizetype chunk = in.isEmpty() ? 1 : 1 + (uchar(in.at(0)) % 64);
        for (qsizetype at = 0; at < in.size(); at += chunk)
            splitter.feed(in.mid(at, chunk), batch);
        splitter.finish(batch);
    }
    return 0;
}
